// The shared words in English (client/locales/en/common.json): the default of shared functions
// that make text outside a page.
import common from '../../locales/en/common.json';
import { englishWordsFrom, type Words } from './words';

let words: Words | undefined;

export function englishCommon(): Words {
  words ??= englishWordsFrom({ common });
  return words;
}
