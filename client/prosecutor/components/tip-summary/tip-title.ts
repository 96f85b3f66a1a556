// What a tip is called in lists and headings: its title, or (the intake's title is optional) the
// first words of what the whistleblower saw.
import type { TipContentV1 } from '../../../../api/content';
import type { TipContentV2 } from '../../../../api/intake';

/** Every version of the tip the prosecutor's view can show. */
export type AnyTip = TipContentV1 | TipContentV2;

const MAX_WORDS = 8;
const MAX_CHARACTERS = 80;

export function tipTitle(tip: AnyTip): string {
  if (tip.title !== undefined && tip.title.trim() !== '') return tip.title.trim();
  const words = tip.description.trim().split(/\s+/u);
  let title = words.slice(0, MAX_WORDS).join(' ');
  const characters = Array.from(title);
  if (characters.length > MAX_CHARACTERS) title = characters.slice(0, MAX_CHARACTERS).join('').trimEnd();
  return title.length < tip.description.trim().length ? `${title}…` : title;
}
