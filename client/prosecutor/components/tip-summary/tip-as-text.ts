// The whole tip as plain text, for "Copy as text" (into a case file, an email to a colleague):
// every answer with its label, links as text. Old (version 1) tips too.
import { evidenceText } from './evidence-text';
import { speciesText, tipFacts, type FactContext, type FactValue } from './tip-facts';
import { tipTitle, type AnyTip } from './tip-title';

function valueText(value: FactValue, context: FactContext): string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'link':
      return value.url;
    case 'species':
      return speciesText(value.facts, context.t);
  }
}

function line(label: string, value: string | null | undefined): string[] {
  return value === null || value === undefined || value === '' ? [] : [`${label}: ${value}`];
}

export function tipAsText(tip: AnyTip, context: FactContext, fileCount?: number): string {
  const { t } = context;
  const lines: string[] = [t('view.text.heading', { title: tipTitle(tip) }), ''];
  lines.push(...line(t('view.labels.title'), tip.title));
  lines.push(`${t('view.labels.description')}:`, tip.description, '');
  if (tip.version === 1) {
    lines.push(...line(t('view.labels.platform'), tip.platform));
    lines.push(...line(t('view.labels.listingUrls'), tip.listingUrl));
    lines.push(...line(t('view.labels.species'), tip.species));
    lines.push(...line(t('view.labels.country'), tip.country));
    lines.push(...line(t('view.summary.evidence'), evidenceText(fileCount, t)));
    return `${lines.join('\n').trimEnd()}\n`;
  }
  const facts = tipFacts(tip, context);
  lines.push(t('view.summary.heading'));
  lines.push(...line(t('view.summary.what'), facts.summary.what));
  lines.push(...line(t('view.summary.where'), facts.summary.where));
  lines.push(...line(t('view.summary.who'), facts.summary.who));
  lines.push(...line(t('view.summary.when'), facts.summary.when));
  lines.push(...line(t('view.summary.evidence'), evidenceText(fileCount, t)));
  for (const section of facts.sections) {
    lines.push('', section.heading);
    for (const fact of section.facts) {
      const values = fact.values.map((value) => valueText(value, context));
      if (values.length === 1) lines.push(`${fact.label}: ${values[0] ?? ''}`);
      else lines.push(`${fact.label}:`, ...values.map((value) => `  - ${value}`));
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
