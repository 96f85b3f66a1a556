// Words to show later, kept as data: a translation key with its values (or text that is shown as
// it is, such as a name or a server's own words). Services and errors outside React return these,
// and the page turns them into text when it renders, so they follow the page language, also after
// the person switches it. Keys are always fully qualified ("namespace:key") and literal, so the
// key check (test/unit/client/i18n) can find them.
import { formatNumber, formatSize } from './format';
import type { Words } from './words';

/** A size in bytes, shown with the unit words of the page language ("1.5 MB", "1,5 Mo"). */
export interface ByteSize {
  readonly bytes: number;
}

/** Names (of files) shown as a quoted list: "“a.jpg”, “b.pdf” and “c.png”". */
export interface NameList {
  readonly names: readonly string[];
}

export type MessageValue = string | number | ByteSize | NameList | Message;

export type Message =
  | { readonly key: string; readonly values?: Readonly<Record<string, MessageValue>> }
  /** Shown exactly as it is: never translated. */
  | { readonly text: string };

/** A message from a literal, fully qualified key: msg('whistleblower:errors.network', { what }). */
export function msg(key: string, values?: Readonly<Record<string, MessageValue>>): Message {
  return values === undefined ? { key } : { key, values };
}

/** Text shown as it is (a name, the server's own words). */
export function verbatim(text: string): Message {
  return { text };
}

export function bytes(count: number): ByteSize {
  return { bytes: count };
}

export function nameList(names: readonly string[]): NameList {
  return { names };
}

/** "“a.jpg”, “b.pdf” and “c.png”" in `words`' language. */
export function quotedList(names: readonly string[], words: Words): string {
  const quoted = names.map((name) => words.t('common:list.quoted', { name }));
  if (quoted.length <= 1) return quoted.join('');
  return words.t('common:list.and', { items: quoted.slice(0, -1).join(words.t('common:list.separator')), last: quoted.at(-1) ?? '' });
}

function isMessage(value: MessageValue): value is Message {
  return typeof value === 'object' && ('key' in value || 'text' in value);
}

function render(words: Words, name: string, value: MessageValue): string | number {
  if (typeof value === 'string') return value;
  // `count` stays a number: i18next picks the plural form from it.
  if (typeof value === 'number') return name === 'count' ? value : formatNumber(value, words.language);
  if (isMessage(value)) return translate(words, value);
  if ('names' in value) return quotedList(value.names, words);
  return formatSize(value.bytes, words);
}

/** The message as text in `words`' language; nested messages are translated first. */
export function translate(words: Words, message: Message): string {
  if ('text' in message) return message.text;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.values ?? {})) values[name] = render(words, name, value);
  // i18n-forward: the keys come from msg() calls, which the key check reads.
  return words.t(message.key, values);
}
