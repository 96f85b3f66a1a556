// The prosecutor app's words in English (common and prosecutor namespaces): the default of
// functions that make text outside a page, and the English `message` of its errors (logs, tests).
import common from '../../locales/en/common.json';
import prosecutor from '../../locales/en/prosecutor.json';
import { translate, type Message } from '../../shared/i18n/message';
import { englishWordsFrom, type Words } from '../../shared/i18n/words';

let words: Words | undefined;

export function englishProsecutor(): Words {
  words ??= englishWordsFrom({ common, prosecutor });
  return words;
}

/** A message in English. */
export function inEnglish(message: Message): string {
  return translate(englishProsecutor(), message);
}
