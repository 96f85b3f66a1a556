// The names of hidden details: manifests carry them in English (the cleaners' LABELS); the page
// translates each one, and shows an unknown one as it is.
import { describe, expect, it } from 'vitest';
import common from '../../../../client/locales/en/common.json';
import { METADATA_LABEL_TEXTS, metadataLabelText } from '../../../../client/shared/files/metadata-labels';
import { translate } from '../../../../client/shared/i18n/message';
import { englishWordsFrom } from '../../../../client/shared/i18n/words';
import { LABELS } from '../../../../client/whistleblower/files/metadata/labels';

const english = englishWordsFrom({ common });

describe('metadata labels', () => {
  it('has a translation key for every label the cleaners use, with the same English', () => {
    expect(Object.keys(METADATA_LABEL_TEXTS).sort()).toEqual(Object.keys(LABELS).sort());
    for (const label of Object.values(LABELS)) {
      const text = metadataLabelText(label);
      expect('key' in text, label).toBe(true);
      expect(translate(english, text)).toBe(label);
    }
  });

  it('shows a label it does not know as it is', () => {
    expect(metadataLabelText('Something new')).toEqual({ text: 'Something new' });
  });
});
