// The tip (message 0) of a case, whichever version of the form it was sent with: the old short
// form (v1) or the wildlife intake (v2, with its summary card). Links are never clickable: each
// can be copied, or opened after a warning. "Copy as text" copies the whole tip.
import { useTranslation } from 'react-i18next';
import { VerificationMark } from '../VerificationMark';
import { CopyTipButton } from './CopyTipButton';
import { evidenceText } from './evidence-text';
import { tipAsText } from './tip-as-text';
import type { AnyTip } from './tip-title';
import { TipViewV1 } from './TipViewV1';
import { TipViewV2 } from './TipViewV2';
import { speciesLanguage } from '../../../whistleblower/components/intake/species-options';

export interface TipCardProps {
  readonly tip: AnyTip;
  /** Files the whistleblower sent (tip-summary/evidence.ts), when the thread is known. */
  readonly fileCount?: number | undefined;
}

export function TipCard({ tip, fileCount }: TipCardProps) {
  const { t, i18n } = useTranslation('intake');
  const evidence = evidenceText(fileCount, t);
  const asText = (): string => tipAsText(tip, { t, language: i18n.language, speciesLanguage: speciesLanguage(i18n.language) }, fileCount);
  return (
    <section className="card tip" aria-labelledby="tip-heading">
      <h2 id="tip-heading">{t('view.heading')}</h2>
      <VerificationMark entry={{ role: 'whistleblower', agencyName: null }} />
      {tip.version === 1 ? <TipViewV1 tip={tip} evidence={evidence} /> : <TipViewV2 tip={tip} evidence={evidence} />}
      <CopyTipButton text={asText} />
    </section>
  );
}
