import type { TipContent } from '../../../api/index';
import { VerificationMark } from './VerificationMark';

function Row(props: { readonly term: string; readonly value: string | undefined; readonly plain?: boolean }) {
  if (props.value === undefined || props.value === '') return null;
  return (
    <>
      <dt>{props.term}</dt>
      <dd className={props.plain === true ? 'plain-link' : undefined}>{props.value}</dd>
    </>
  );
}

/** The tip, every field. Links are plain text: never clickable, so nobody opens one by accident. */
export function TipView(props: { readonly tip: TipContent }) {
  const { tip } = props;
  return (
    <section className="card tip" aria-labelledby="tip-heading">
      <h2 id="tip-heading">The tip</h2>
      <VerificationMark entry={{ role: 'whistleblower', agencyName: null }} />
      <dl className="tip-fields">
        <Row term="Title" value={tip.title} />
        <dt>What they saw</dt>
        <dd className="message-text">{tip.description}</dd>
        <Row term="Platform or app" value={tip.platform} />
        <Row term="Listing address (not a link: copy it into a safe browser)" value={tip.listingUrl} plain />
        <Row term="Species" value={tip.species} />
        <Row term="Country" value={tip.country} />
      </dl>
    </section>
  );
}
