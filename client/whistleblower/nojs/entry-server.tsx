// The no-JavaScript renderer (api/no-js.ts): built for Node by vite.nojs.config.ts and loaded by
// the server (server/plugins/no-js.ts). Runs the whistleblower app's own code on the server for a
// browser that runs none: one request at a time; between requests nothing is kept but the used
// attempt tokens of attempts.ts.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { NoJsFetch, NoJsModule, NoJsRenderer, NoJsRendererOptions, NoJsRequest, NoJsResponse } from '../../../api/no-js';
import { ready as cryptoReady } from '../../../crypto/index';
import { addAllWordLists } from '../../../crypto/case-code-all-wordlists';
import { setTransport } from '../../shared/http';
import { casePage, returnPage } from './case-pages';
import type { PageContext } from './page-context';
import { Attempts } from './attempts';
import { alreadySentPage, reportPage, sendPage, sentPage, startPage, writeFormPage } from './report-pages';
import { languageOf, loadTranslations } from './server-i18n';

/** A report or an answer posted twice is stored once (attempts.ts). */
async function storeOnce(attempts: Attempts, context: PageContext, store: () => Promise<NoJsResponse>, used: () => Promise<NoJsResponse> | NoJsResponse): Promise<NoJsResponse> {
  const outcome = await attempts.run(context.request.form.attempt?.[0], store);
  return outcome.kind === 'page' ? outcome.response : used();
}

function route(attempts: Attempts, context: PageContext): Promise<NoJsResponse> | NoJsResponse {
  switch (context.request.page) {
    case 'start':
      return startPage(context);
    case 'report':
      return reportPage(context);
    case 'write':
      return writeFormPage(context);
    case 'send':
      return storeOnce(attempts, context, () => sendPage(context), () => alreadySentPage(context));
    case 'sent':
      return sentPage(context);
    case 'return':
      return returnPage(context);
    case 'case':
      if (context.request.form.answer === undefined) return casePage(context);
      return storeOnce(attempts, context, () => casePage(context), () => casePage(context, true));
  }
}

// One process may run several apps (the two surfaces, tests), each with its own renderer, and this
// module once: each request's API calls go to the app it came from.
const requestFetch = new AsyncLocalStorage<NoJsFetch>();
setTransport((url, init) => {
  const fetch = requestFetch.getStore();
  if (fetch === undefined) return Promise.reject(new Error('no-JavaScript renderer: an API request outside a page request'));
  return fetch(url, {
    method: init.method ?? 'GET',
    headers: Object.fromEntries(new Headers(init.headers).entries()),
    ...(typeof init.body === 'string' || init.body instanceof Uint8Array ? { body: init.body } : {}),
  });
});

export const createNoJsRenderer: NoJsModule['createNoJsRenderer'] = async (options: NoJsRendererOptions): Promise<NoJsRenderer> => {
  await cryptoReady();
  // A code may be typed in any supported word list; on the server every list is at hand.
  addAllWordLists();
  const translations = await loadTranslations();
  const attempts = new Attempts();
  return {
    handle: (request: NoJsRequest) => {
      const language = languageOf(request.query.lang?.[0]);
      // Every request of the app's services goes into this renderer's server in process, as a browser's would.
      return requestFetch.run(options.fetch, () =>
        Promise.resolve(route(attempts, { request, language, i18n: translations[language], rootPublicKey: options.rootPublicKey, stylesheets: options.stylesheets })),
      );
    },
  };
};
