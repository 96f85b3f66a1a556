import type { Ref } from 'react';

/**
 * The 12 words, large and numbered (the numbers are CSS counters, so copying or reading the
 * text gives only the words, separated by spaces).
 */
export function CaseCodeWords({ words, listRef }: { readonly words: readonly string[]; readonly listRef?: Ref<HTMLOListElement> }) {
  return (
    <ol className="case-code" aria-label="Your case code" ref={listRef}>
      {words.map((word, index) => (
        <li key={index} className="case-code-word">
          {word}
          {index < words.length - 1 ? ' ' : null}
        </li>
      ))}
    </ol>
  );
}
