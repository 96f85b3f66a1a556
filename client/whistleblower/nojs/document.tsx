// The whole HTML document of a page without JavaScript: the same header, language picker, onion
// warning and screens as the browser app (rendered once to static markup; there is nothing to
// hydrate), plus a plain statement of what differs when the server encrypts.
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n } from 'i18next';
import { LANGUAGE_INFO, type Language } from '../../shared/i18n/languages';
import { NoJsProvider, type NoJsSetting } from '../../shared/no-js/no-js';
import { OnionWarning } from '../components/OnionWarning';
import { SiteHeader } from '../components/SiteHeader';

/** What differs without JavaScript, on every page: said plainly, before anything else. */
function NoJsNotice() {
  const { t } = useTranslation('whistleblower');
  return (
    <section className="warning-note nojs-notice" aria-label={t('nojs.notice.title')}>
      <p>
        <strong>{t('nojs.notice.title')}</strong>
      </p>
      <p>{t('nojs.notice.text')}</p>
      <p>{t('nojs.notice.safer')}</p>
    </section>
  );
}

function Page({ hostname, children }: { readonly hostname: string; readonly children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main className="page" id="main">
        <OnionWarning hostname={hostname} />
        <NoJsNotice />
        {children}
      </main>
    </>
  );
}

export interface DocumentParts {
  readonly i18n: i18n;
  readonly language: Language;
  readonly stylesheets: readonly string[];
  readonly hostname: string;
  readonly setting: NoJsSetting;
  readonly body: ReactNode;
}

export function renderDocument(parts: DocumentParts): string {
  const { i18n, language } = parts;
  const markup = renderToStaticMarkup(
    <html lang={language} dir={LANGUAGE_INFO[language].dir}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{i18n.t('whistleblower:site.title')}</title>
        {parts.stylesheets.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
        <link rel="icon" href="data:," />
      </head>
      <body>
        <I18nextProvider i18n={i18n}>
          <NoJsProvider setting={parts.setting}>
            <Page hostname={parts.hostname}>{parts.body}</Page>
          </NoJsProvider>
        </I18nextProvider>
      </body>
    </html>,
  );
  return `<!doctype html>\n${markup}`;
}
