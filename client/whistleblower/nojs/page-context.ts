// What every page handler without JavaScript gets: the request, its language and words, and how to
// answer with a whole document.
import type { ReactNode } from 'react';
import type { i18n } from 'i18next';
import type { NoJsFields, NoJsRequest, NoJsResponse } from '../../../api/no-js';
import type { Language } from '../../shared/i18n/languages';
import { translate, type Message } from '../../shared/i18n/message';
import type { Words } from '../../shared/i18n/words';
import type { NoJsForm, NoJsFormName, NoJsSetting } from '../../shared/no-js/no-js';
import { renderDocument } from './document';
import { hrefOf, pathOf } from './paths';

export interface PageContext {
  readonly request: NoJsRequest;
  readonly language: Language;
  readonly i18n: i18n;
  readonly rootPublicKey: string;
  readonly stylesheets: readonly string[];
}

/** The first value of a field, '' when absent. */
export function field(fields: NoJsFields, name: string): string {
  return fields[name]?.[0] ?? '';
}

export function wordsOf(context: PageContext): Words {
  // i18n-forward: a translator for keys used elsewhere (messages made by the services).
  return { t: (key, values) => context.i18n.t(key, { ...values }), language: context.language };
}

export function say(context: PageContext, message: Message): string {
  return translate(wordsOf(context), message);
}

/** A GET form (its query comes from its fields: the language travels as a hidden field). */
export function getForm(context: PageContext, page: Parameters<typeof pathOf>[0], hidden: readonly (readonly [string, string])[] = []): NoJsForm {
  return { method: 'get', action: pathOf(page), hidden: [...(context.language === 'en' ? [] : [['lang', context.language] as const]), ...hidden] };
}

/** A POST form (the language stays in its address). */
export function postForm(context: PageContext, page: Parameters<typeof pathOf>[0], hidden: readonly (readonly [string, string])[] = []): NoJsForm {
  return { method: 'post', action: hrefOf(page, context.language), hidden };
}

/** The language picker's form: reload `page` (a GET page) in another language, keeping `hidden`. */
export function languageForm(page: Parameters<typeof pathOf>[0], hidden: readonly (readonly [string, string])[] = []): NoJsForm {
  return { method: 'get', action: pathOf(page), hidden };
}

export function respond(
  context: PageContext,
  status: number,
  forms: Partial<Readonly<Record<NoJsFormName, NoJsForm>>>,
  body: ReactNode,
  encryptedCaseId?: string,
): NoJsResponse {
  const setting: NoJsSetting = {
    forms,
    links: { start: hrefOf('start', context.language), report: hrefOf('report', context.language), return: hrefOf('return', context.language) },
  };
  const html = renderDocument({
    i18n: context.i18n,
    language: context.language,
    stylesheets: context.stylesheets,
    hostname: context.request.hostname,
    setting,
    body,
  });
  return encryptedCaseId === undefined ? { status, html } : { status, html, encryptedCaseId };
}
