// The addresses of the pages without JavaScript: all under /nojs/, the language in `?lang=` as on
// the browser app's page (nothing else is kept anywhere).
import type { NoJsPage } from '../../../api/no-js';
import type { Language } from '../../shared/i18n/languages';

const PATHS: Readonly<Record<NoJsPage, string>> = {
  start: '/nojs/',
  report: '/nojs/report',
  write: '/nojs/write',
  send: '/nojs/write',
  sent: '/nojs/sent',
  return: '/nojs/return',
  case: '/nojs/case',
};

export function pathOf(page: NoJsPage): string {
  return PATHS[page];
}

/** The page's address in `language`, with further query fields (chosen agencies). */
export function hrefOf(page: NoJsPage, language: Language, extra: readonly (readonly [string, string])[] = []): string {
  const query = new URLSearchParams();
  if (language !== 'en') query.append('lang', language);
  for (const [name, value] of extra) query.append(name, value);
  const search = query.toString();
  return search === '' ? PATHS[page] : `${PATHS[page]}?${search}`;
}
