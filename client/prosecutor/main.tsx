// Starts the prosecutor app: the translations first (English is in this bundle; another
// language comes from the page's `?lang=` or the browser's preference), then the page.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import common from '../locales/en/common.json';
import intake from '../locales/en/intake.json';
import prosecutor from '../locales/en/prosecutor.json';
import { PROSECUTOR_LANGUAGES } from '../shared/i18n/languages';
import { startI18n } from '../shared/i18n/start-i18n';
import { App } from './App';

const container = document.getElementById('root');
if (!container) throw new Error('Thicket: #root element missing from prosecutor/index.html');
startI18n({ app: 'prosecutor', languages: PROSECUTOR_LANGUAGES, english: { common, prosecutor, intake } }).then(
  (i18n) => {
    createRoot(container).render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <App />
        </I18nextProvider>
      </StrictMode>,
    );
  },
  () => {
    container.textContent = 'This page could not start. Reload it to try again.';
  },
);
