// What turns keys into text: a translate function and the language numbers and dates are
// formatted in. In React it comes from useWords(); outside React, functions take it as an
// argument (tests and logs use the English one, english-words.ts).
import i18next from 'i18next';

/** Translates a key; outside components keys are fully qualified ("namespace:key"). */
export type TranslateKey = (key: string, values?: Readonly<Record<string, unknown>>) => string;

export interface Words {
  readonly t: TranslateKey;
  /** BCP 47 language of the text (for Intl number and date formatting). */
  readonly language: string;
}

export type Bundle = Readonly<Record<string, unknown>>;

/**
 * A fixed English translator over `bundles` (namespace → strings), ready at once: the default
 * for functions called outside a page (tests, logs, error objects' English `message`).
 */
export function englishWordsFrom(bundles: Readonly<Record<string, Bundle>>): Words {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'en',
    fallbackLng: false,
    ns: Object.keys(bundles),
    resources: { en: bundles },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // i18n-forward: a translator for keys used elsewhere.
  return { t: (key, values) => instance.t(key, { ...values }), language: 'en' };
}
