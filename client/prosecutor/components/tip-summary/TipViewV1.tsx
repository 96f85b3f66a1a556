// A tip from the first form (version 1): title, description and four short answers. Old tips keep
// rendering whatever the questionnaire becomes.
import { useTranslation } from 'react-i18next';
import type { TipContentV1 } from '../../../../api/content';
import { SafeLink } from './SafeLink';

function Row(props: { readonly term: string; readonly value: string | undefined }) {
  if (props.value === undefined || props.value === '') return null;
  return (
    <>
      <dt>{props.term}</dt>
      <dd>{props.value}</dd>
    </>
  );
}

export function TipViewV1({ tip, evidence }: { readonly tip: TipContentV1; readonly evidence: string }) {
  const { t } = useTranslation('intake');
  return (
    <dl className="tip-fields">
      <Row term={t('view.labels.title')} value={tip.title} />
      <dt>{t('view.labels.description')}</dt>
      <dd className="message-text">{tip.description}</dd>
      <Row term={t('view.labels.platform')} value={tip.platform} />
      {tip.listingUrl === undefined || tip.listingUrl === '' ? null : (
        <>
          <dt>{t('view.labels.listingUrl')}</dt>
          <dd>
            <SafeLink url={tip.listingUrl} />
          </dd>
        </>
      )}
      <Row term={t('view.labels.species')} value={tip.species} />
      <Row term={t('view.labels.country')} value={tip.country} />
      <Row term={t('view.summary.evidence')} value={evidence} />
    </dl>
  );
}
