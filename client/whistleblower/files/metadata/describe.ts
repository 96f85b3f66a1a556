// What the metadata check did to a file, in one sentence for the UI: as a message in the page
// language, and in English (describeRemoved: logs and tests).
import { metadataLabelList } from '../../../shared/files/metadata-labels';
import { msg, translate, verbatim, type Message } from '../../../shared/i18n/message';
import type { Words } from '../../../shared/i18n/words';
import { englishWhistleblower } from '../../logic/english';
import type { MetadataReport } from './types';
import { WARNINGS } from './warnings';

/** The warnings as messages; their English is the text in WARNINGS (the report carries that). */
const WARNING_TEXTS: Readonly<Record<keyof typeof WARNINGS, Message>> = {
  unsupported: msg('whistleblower:metadata.warnings.unsupported'),
  unreadable: msg('whistleblower:metadata.warnings.unreadable'),
  protected: msg('whistleblower:metadata.warnings.protected'),
  tooLarge: msg('whistleblower:metadata.warnings.tooLarge'),
  browserRead: msg('whistleblower:metadata.warnings.browserRead'),
};

/** A report's warning in words: a known warning is translated, any other shown as it is. */
function warningText(warning: string | undefined): Message {
  if (warning === undefined) return WARNING_TEXTS.unsupported;
  for (const [name, english] of Object.entries(WARNINGS)) {
    if (english === warning) return WARNING_TEXTS[name as keyof typeof WARNINGS];
  }
  return verbatim(warning);
}

/** e.g. "Removed: GPS position, camera serial number." in `words`' language. */
export function removedSentence(report: MetadataReport, words: Words): string {
  switch (report.action) {
    case 'removed':
      if (report.removed.length === 0) return words.t('whistleblower:metadata.removedSome');
      return words.t('whistleblower:metadata.removed', { list: metadataLabelList(report.removed, words, true) });
    case 'none-found':
      return words.t('whistleblower:metadata.noneFound');
    case 'not-checked':
      return translate(words, warningText(report.warning));
  }
}

/** removedSentence in English. */
export function describeRemoved(report: MetadataReport): string {
  return removedSentence(report, englishWhistleblower());
}
