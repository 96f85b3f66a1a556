// Finds the list word a person most likely meant when they mistyped one, so the interface can
// say "did you mean …?" instead of only "wrong word".
import type { WordList } from './case-code-wordlists';

/** Levenshtein distance over code points, giving up early once it exceeds `limit`. */
export function editDistance(a: readonly string[], b: readonly string[], limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The index of the word meant by `key`, or undefined when no single word is clearly meant:
 * the only word sharing its first four characters, else the only word at edit distance 1, else
 * the only word at distance 2. Single-character lists (Chinese) get no suggestion: every
 * character is one edit away from every other.
 */
export function suggestWord(key: string, list: WordList): number | undefined {
  const chars = [...key];
  if (chars.length >= 4) {
    const byPrefix = list.uniquePrefix.get(chars.slice(0, 4).join(''));
    if (byPrefix !== undefined) return byPrefix;
  }
  if (chars.length < 2 || [...(list.keys[0] ?? '')].length < 2) return undefined;
  for (const limit of [1, 2]) {
    let found: number | undefined;
    let count = 0;
    list.keys.forEach((candidate, index) => {
      if (editDistance(chars, [...candidate], limit) <= limit) {
        count++;
        found = index;
      }
    });
    if (count === 1) return found;
    if (count > 1) return undefined;
  }
  return undefined;
}
