// The page's words in React: re-renders when the language changes. Components use
// useTranslation(namespace) for their own literal keys, and these for messages made elsewhere
// (errors, services) and for formatting numbers, days and sizes.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { translate, type Message } from './message';
import type { Words } from './words';

export function useWords(): Words {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // i18n-forward: a translator for keys used elsewhere.
  return useMemo(() => ({ t: (key: string, values?: Readonly<Record<string, unknown>>) => t(key, { ...values }), language }), [t, language]);
}

/** Turns a message into text in the page language. */
export function useSay(): (message: Message) => string {
  const words = useWords();
  return useMemo(() => (message: Message) => translate(words, message), [words]);
}
