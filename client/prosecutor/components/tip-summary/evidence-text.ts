// The "Evidence" line of a tip: how many files the whistleblower sent, when the thread is known.
import type { IntakeT } from './tip-facts';

export function evidenceText(fileCount: number | undefined, t: IntakeT): string {
  if (fileCount === undefined) return t('view.evidence.seeMessages');
  return fileCount === 0 ? t('view.evidence.none') : t('view.evidence.files', { count: fileCount });
}
