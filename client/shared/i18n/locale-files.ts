/// <reference types="vite/client" />
// The translations the build holds: one lazily loaded chunk per language and namespace, from
// client/locales/<language>/<namespace>.json (English is bundled with each app instead). A file
// that does not exist yet is simply absent: its strings fall back to English.
import type { Language } from './languages';
import type { Bundle } from './words';

const LOADERS = import.meta.glob<Bundle>(['../../locales/*/*.json', '!../../locales/en/*.json'], { import: 'default' });

/** Loads one namespace of one language; null when that file has not been written (yet). */
export function translationLoader(language: Language, namespace: string): (() => Promise<Bundle>) | null {
  return LOADERS[`../../locales/${language}/${namespace}.json`] ?? null;
}
