// An i18next instance with the English strings as the apps bundle them, for rendering intake
// components in Node (react-dom/server) exactly as the browser would in English.
import i18next, { type i18n } from 'i18next';
import { createElement, type ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import common from '../../../../client/locales/en/common.json';
import intake from '../../../../client/locales/en/intake.json';
import prosecutor from '../../../../client/locales/en/prosecutor.json';
import whistleblower from '../../../../client/locales/en/whistleblower.json';

export async function englishI18n(): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    ns: ['common', 'whistleblower', 'prosecutor', 'intake'],
    defaultNS: 'intake',
    resources: { en: { common, whistleblower, prosecutor, intake } },
    interpolation: { escapeValue: false },
    returnNull: false,
    // A missing key must fail the test, not render as its own name.
    saveMissing: true,
    missingKeyHandler: (_languages, namespace, key) => {
      throw new Error(`missing translation ${namespace}:${key}`);
    },
  });
  return instance;
}

export function withI18n(instance: i18n, element: ReactNode): ReactNode {
  return createElement(I18nextProvider, { i18n: instance }, element);
}
