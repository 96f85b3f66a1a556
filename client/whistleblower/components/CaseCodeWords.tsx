import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The 12 words, large and numbered (the numbers are CSS counters, so copying or reading the
 * text gives only the words, separated by spaces).
 */
export function CaseCodeWords({ words, listRef, lang }: { readonly words: readonly string[]; readonly listRef?: Ref<HTMLOListElement>; readonly lang?: string }) {
  const { t } = useTranslation('whistleblower');
  return (
    <ol className="case-code" aria-label={t('code.wordsLabel')} ref={listRef} lang={lang}>
      {words.map((word, index) => (
        <li key={index} className="case-code-word">
          {word}
          {index < words.length - 1 ? ' ' : null}
        </li>
      ))}
    </ol>
  );
}
