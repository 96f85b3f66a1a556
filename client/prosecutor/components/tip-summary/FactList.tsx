// One group of a tip's answers: a heading and a list of label → answer(s).
import type { ReactNode } from 'react';
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
          <div key={fact.label} className="tip-field">
            <dt>{fact.label}</dt>
            {fact.values.map((value, index) => (
              <dd key={index}>
                <Value value={value} />
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </section>
  );
}
