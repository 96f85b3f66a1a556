import type { TipContentV1 } from '../../../api/index';

/** The tip as sent. Links are shown as plain text, never as links: nothing here is clickable. */
export function TipSummary({ tip, createdOn }: { readonly tip: TipContentV1; readonly createdOn: string }) {
  const details: [string, string | undefined][] = [
    ['Platform or app', tip.platform],
    ['Link to the listing', tip.listingUrl],
    ['Species', tip.species],
    ['Country', tip.country],
  ];
  return (
    <section className="card" aria-labelledby="tip-heading">
      <h2 id="tip-heading">Your report</h2>
      <p className="meta">Sent on {createdOn}</p>
      <h3 className="tip-title">{tip.title}</h3>
      <p className="message-text">{tip.description}</p>
      <dl className="tip-details">
        {details
          .filter((entry): entry is [string, string] => entry[1] !== undefined)
          .map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd className="verbatim">{value}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
