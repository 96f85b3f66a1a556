// One group of a tip's answers: a heading and a list of label → answer(s).
import { Fragment, type ReactNode } from 'react';
import type { FactSection, FactValue } from './tip-facts';
import { SafeLink } from './SafeLink';
import { SpeciesValue } from './SpeciesValue';

function Value({ value }: { readonly value: FactValue }): ReactNode {
  switch (value.kind) {
    case 'text':
      return <span className="verbatim">{value.text}</span>;
    case 'link':
      return <SafeLink url={value.url} />;
    case 'species':
      return <SpeciesValue facts={value.facts} />;
  }
}

export function FactList({ section }: { readonly section: FactSection }) {
  const headingId = `tip-section-${section.id}`;
  return (
    <section className="tip-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{section.heading}</h3>
      <dl className="tip-fields">
        {section.facts.map((fact) => (
          <Fragment key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>
              {fact.values.length === 1 && fact.values[0] !== undefined ? (
                <Value value={fact.values[0]} />
              ) : (
                <ul className="tip-values">
                  {fact.values.map((value, index) => (
                    <li key={index}>
                      <Value value={value} />
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
