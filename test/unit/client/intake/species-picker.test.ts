// The species picker's logic: suggestions for what is typed (any language), "I don't know" always
// offered, what the box shows and keeps, and what each key does (ARIA 1.2 combobox).
import { describe, expect, it } from 'vitest';
import { comboboxKey, type ComboboxState } from '../../../../client/whistleblower/components/intake/combobox-keys';
import {
  MAX_SUGGESTIONS,
  picked,
  shownText,
  speciesLanguage,
  speciesOptions,
  typed,
} from '../../../../client/whistleblower/components/intake/species-options';

const UNKNOWN = "I don't know";

describe('suggestions', () => {
  it('offer taxa first, with common name in the page language, scientific name and CITES appendix, then "I don\'t know"', () => {
    const options = speciesOptions('pangolin', 'en');
    expect(options.at(-1)).toEqual({ kind: 'unknown' });
    const first = options[0];
    expect(first).toMatchObject({ kind: 'taxon', id: 'pangolins', name: 'Pangolin', scientificName: 'Manidae', cites: 'I' });
    expect(options.filter((o) => o.kind === 'taxon').length).toBeGreaterThan(3);
    expect(options.length).toBeLessThanOrEqual(MAX_SUGGESTIONS + 1);
  });

  it('find a taxon typed in another language or script, and show its name in the page language', () => {
    const fromChinese = speciesOptions('穿山甲', 'fr')[0];
    expect(fromChinese).toMatchObject({ kind: 'taxon', id: 'pangolins', name: 'Pangolin' });
    const fromArabic = speciesOptions('الفيل الأفريقي', 'es')[0];
    expect(fromArabic).toMatchObject({ kind: 'taxon', id: 'african-elephant', name: 'Elefante africano', matched: 'الفيل الأفريقي' });
    const fromProduct = speciesOptions('ivory', 'en').find((o) => o.kind === 'taxon' && o.id === 'african-elephant');
    expect(fromProduct).toMatchObject({ matched: 'ivory' });
  });

  it('offer only "I don\'t know" when nothing in the list matches: the typed words stay', () => {
    expect(speciesOptions('qqqqzzz', 'en')).toEqual([{ kind: 'unknown' }]);
    expect(speciesOptions('', 'en')).toEqual([{ kind: 'unknown' }]);
  });

  it('use the species list in the page language, English for anything else', () => {
    expect(speciesLanguage('ar')).toBe('ar');
    expect(speciesLanguage('pt-BR')).toBe('pt');
    expect(speciesLanguage('de')).toBe('en');
    expect(speciesLanguage('')).toBe('en');
  });
});

describe('what the box keeps', () => {
  it('keeps typed words as the person\'s own, dropping any pick', () => {
    expect(typed('big green parrot')).toEqual({ text: 'big green parrot', pick: null });
    expect(shownText(typed('big green parrot'), 'en', UNKNOWN)).toBe('big green parrot');
  });

  it('shows a picked taxon in the page language, following a change of language', () => {
    const option = speciesOptions('Sunda pangolin', 'en')[0];
    if (option === undefined) throw new Error('no option');
    const choice = picked(option, 'en', UNKNOWN);
    expect(choice).toEqual({ text: 'Sunda pangolin', pick: { kind: 'taxon', id: 'sunda-pangolin' } });
    expect(shownText(choice, 'vi', UNKNOWN)).toBe('Tê tê Java');
  });

  it('shows "I don\'t know" once chosen, and an id no longer listed as what was typed', () => {
    expect(shownText(picked({ kind: 'unknown' }, 'en', UNKNOWN), 'en', UNKNOWN)).toBe(UNKNOWN);
    expect(shownText({ text: 'old words', pick: { kind: 'taxon', id: 'no-such-taxon' } }, 'en', UNKNOWN)).toBe('old words');
  });
});

describe('keys', () => {
  const closed: ComboboxState = { open: false, active: null, count: 4 };
  const open = (active: number | null): ComboboxState => ({ open: true, active, count: 4 });
  const key = (k: string, state: ComboboxState, altKey = false) => comboboxKey({ key: k, altKey }, state);

  it('Down opens onto the first option, Alt+Down opens without choosing one, and Down moves on, wrapping', () => {
    expect(key('ArrowDown', closed)).toEqual({ type: 'show', active: 0 });
    expect(key('ArrowDown', closed, true)).toEqual({ type: 'show', active: null });
    expect(key('ArrowDown', open(null))).toEqual({ type: 'show', active: 0 });
    expect(key('ArrowDown', open(1))).toEqual({ type: 'show', active: 2 });
    expect(key('ArrowDown', open(3))).toEqual({ type: 'show', active: 0 });
  });

  it('Up opens onto the last option and moves up, wrapping; Alt+Up closes', () => {
    expect(key('ArrowUp', closed)).toEqual({ type: 'show', active: 3 });
    expect(key('ArrowUp', open(2))).toEqual({ type: 'show', active: 1 });
    expect(key('ArrowUp', open(0))).toEqual({ type: 'show', active: 3 });
    expect(key('ArrowUp', open(null))).toEqual({ type: 'show', active: 3 });
    expect(key('ArrowUp', open(2), true)).toEqual({ type: 'hide' });
  });

  it('Enter chooses the highlighted option; with none, it closes the list instead of sending the form', () => {
    expect(key('Enter', open(2))).toEqual({ type: 'choose', index: 2 });
    expect(key('Enter', open(null))).toEqual({ type: 'hide' });
    expect(key('Enter', closed)).toEqual({ type: 'default' });
  });

  it('Escape and Tab close the list and keep the text; other keys are the browser\'s', () => {
    expect(key('Escape', open(1))).toEqual({ type: 'hide' });
    expect(key('Escape', closed)).toEqual({ type: 'default' });
    expect(key('Tab', open(1))).toEqual({ type: 'hide' });
    expect(key('Home', open(1))).toEqual({ type: 'default' });
    expect(key('a', open(1))).toEqual({ type: 'default' });
  });

  it('does nothing with arrows when there is nothing to show', () => {
    expect(key('ArrowDown', { open: false, active: null, count: 0 })).toEqual({ type: 'default' });
  });
});
