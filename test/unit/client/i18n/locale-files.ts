// The translation files and the client sources as the key tests read them: client/locales/<language>/<namespace>.json
// flattened to "a.b.c" keys, and every .ts/.tsx file under client/.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLIENT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../client');
export const LOCALES_DIR = join(CLIENT_DIR, 'locales');

/** Namespaces each app loads (client/shared/i18n/start-i18n.ts APP_NAMESPACES). */
export const WHISTLEBLOWER_NAMESPACES = ['common', 'whistleblower', 'intake'] as const;
export const PROSECUTOR_NAMESPACES = ['common', 'prosecutor', 'intake'] as const;
export const ALL_NAMESPACES = ['common', 'whistleblower', 'prosecutor', 'intake'] as const;

export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** A flattened file: key → text. Throws on anything but nested objects of non-empty strings. */
export function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${prefix || 'file'}: not an object`);
  for (const [key, child] of Object.entries(value)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof child === 'string') {
      if (child.trim() === '') throw new Error(`${path}: empty text`);
      out.set(path, child);
    } else {
      for (const [inner, text] of flatten(child, path)) out.set(inner, text);
    }
  }
  return out;
}

export function localeLanguages(): string[] {
  return readdirSync(LOCALES_DIR).filter((name) => statSync(join(LOCALES_DIR, name)).isDirectory()).sort();
}

/** The namespace files of one language (namespace → flattened keys). */
export function readLocale(language: string): Map<string, Map<string, string>> {
  const dir = join(LOCALES_DIR, language);
  const files = new Map<string, Map<string, string>>();
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.json')).sort()) {
    const namespace = name.slice(0, -'.json'.length);
    try {
      files.set(namespace, flatten(JSON.parse(readFileSync(join(dir, name), 'utf8'))));
    } catch (error) {
      throw new Error(`client/locales/${language}/${name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
  return files;
}

export const PROJECT_DIR = resolve(CLIENT_DIR, '..');

/** Every TypeScript source under client/ (absolute path, and its text). */
export function clientSources(dir: string = CLIENT_DIR): { readonly path: string; readonly source: string }[] {
  const out: { path: string; source: string }[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (path !== LOCALES_DIR) out.push(...clientSources(path));
    } else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) {
      out.push({ path, source: readFileSync(path, 'utf8') });
    }
  }
  return out;
}

/** The plural categories a language needs (as i18next picks them, through Intl.PluralRules). */
export function pluralCategories(language: string): string[] {
  return [...new Intl.PluralRules(language).resolvedOptions().pluralCategories];
}

/** `{{name}}` and `{{name, format}}` placeholders of a text. */
export function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1] ?? ''));
}

/** Trans tags of a text: `<strong>`, `<date>` (opening names only). */
export function tags(text: string): string[] {
  return [...text.matchAll(/<([a-z][\w-]*)>/gi)].map((match) => match[1] ?? '').sort();
}
