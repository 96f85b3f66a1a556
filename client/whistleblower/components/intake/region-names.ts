// Names of countries and currencies in the page language, from the browser's own Intl data (no
// list of names is shipped, nothing is fetched). A browser without Intl.DisplayNames, or a code it
// does not know, shows the code itself.

type NameType = 'region' | 'currency';

function displayNames(language: string, type: NameType): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([language, 'en'], { type, fallback: 'code' });
  } catch {
    return null;
  }
}

export interface CodeOption {
  readonly code: string;
  readonly name: string;
}

/** `codes` with their names in `language`, sorted as that language sorts. */
export function namedOptions(codes: readonly string[], language: string, type: NameType): CodeOption[] {
  const names = displayNames(language, type);
  const collator = new Intl.Collator([language, 'en']);
  return codes
    .map((code) => ({ code, name: names?.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** One code's name in `language` (the code itself when unknown). */
export function nameOf(code: string, language: string, type: NameType): string {
  return displayNames(language, type)?.of(code) ?? code;
}
