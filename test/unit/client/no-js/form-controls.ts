// The successful controls of rendered markup, as a browser submits them (HTML "constructing the
// entry list"), for our own static markup (react-dom/server: double-quoted attributes, no
// comments or scripts inside forms). Text inputs, dates and hidden fields by value; textareas by
// their text; a select by its selected option (the first one when none is); checked checkboxes
// and radios ("on" when they have no value). Disabled controls, controls without a name, buttons
// and datalist options are left out, as a browser leaves them out. Values in document order.

export type Submitted = Record<string, string[]>;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return ENTITIES[entity] ?? whole;
  });
}

/** The attributes of one start tag's attribute text (a bare attribute has the value ''). */
export function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(/([^\s=/>]+)(?:="([^"]*)")?/g)) {
    const name = match[1];
    if (name !== undefined) attributes.set(name.toLowerCase(), decodeHtml(match[2] ?? ''));
  }
  return attributes;
}

const TOKEN = /<(\/?)(input|select|option|textarea|datalist|button)\b([^>]*)>/g;
const TEXT_TYPES = new Set(['text', 'date', 'hidden', 'search', 'url', 'email', 'tel', 'number']);

/** What the markup (one form, or a fragment of form controls) submits. */
export function submittedControls(html: string): Submitted {
  const entries: [string, string][] = [];
  let select: { name: string; disabled: boolean; chosen: string | null; first: string | null } | null = null;
  let inDatalist = false;
  let match: RegExpExecArray | null;
  TOKEN.lastIndex = 0;
  while ((match = TOKEN.exec(html)) !== null) {
    const closing = match[1] === '/';
    const tag = match[2] ?? '';
    const attributes = attributesOf(match[3] ?? '');
    const name = attributes.get('name') ?? '';
    const disabled = attributes.has('disabled');
    if (tag === 'datalist') {
      inDatalist = !closing;
      continue;
    }
    if (tag === 'select') {
      if (!closing) {
        select = { name, disabled, chosen: null, first: null };
      } else if (select !== null) {
        const value = select.chosen ?? select.first;
        if (select.name !== '' && !select.disabled && value !== null) entries.push([select.name, value]);
        select = null;
      }
      continue;
    }
    if (closing) continue;
    if (tag === 'option') {
      if (select === null || inDatalist) continue;
      // React always writes value=""; an option without one would submit its text.
      const value = attributes.get('value') ?? '';
      select.first ??= value;
      if (attributes.has('selected')) select.chosen = value;
      continue;
    }
    if (tag === 'textarea') {
      const end = html.indexOf('</textarea>', TOKEN.lastIndex);
      if (end === -1) throw new Error('unclosed textarea');
      const text = decodeHtml(html.slice(TOKEN.lastIndex, end));
      TOKEN.lastIndex = end + '</textarea>'.length;
      if (name !== '' && !disabled) entries.push([name, text]);
      continue;
    }
    if (tag !== 'input' || name === '' || disabled) continue;
    const type = (attributes.get('type') ?? 'text').toLowerCase();
    if (TEXT_TYPES.has(type)) entries.push([name, attributes.get('value') ?? '']);
    else if ((type === 'checkbox' || type === 'radio') && attributes.has('checked')) entries.push([name, attributes.get('value') ?? 'on']);
  }
  const submitted: Submitted = {};
  for (const [name, value] of entries) (submitted[name] ??= []).push(value);
  return submitted;
}

/** Every `<form ...>` start tag's attributes, and the markup inside each form. */
export function formsOf(html: string): { readonly attributes: Map<string, string>; readonly inner: string }[] {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)].map((match) => ({ attributes: attributesOf(match[1] ?? ''), inner: match[2] ?? '' }));
}
