// The hand-written species list: complete in every language, unique, valid appendices.
import { describe, expect, it } from 'vitest';
import { CITES_APPENDICES, SPECIES_LANGUAGES, TAXA } from '../../../../client/shared/species/index';
import { normalizeForSearch } from '../../../../client/shared/species/search';

const RANKS = ['species', 'genus', 'family', 'order', 'group'];

describe('species list', () => {
  it('has a useful size (about 80 to 120 taxa)', () => {
    expect(TAXA.length).toBeGreaterThanOrEqual(80);
    expect(TAXA.length).toBeLessThanOrEqual(120);
  });

  it('has unique kebab-case ids and unique scientific names', () => {
    const ids = TAXA.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const sci = TAXA.map((t) => t.scientificName.toLowerCase());
    expect(new Set(sci).size).toBe(sci.length);
  });

  it('uses only valid ranks and CITES appendices', () => {
    for (const t of TAXA) {
      expect(RANKS, t.id).toContain(t.rank);
      if (t.cites !== null) expect(CITES_APPENDICES, t.id).toContain(t.cites);
    }
  });

  it('explains every split listing in a note', () => {
    for (const t of TAXA.filter((x) => x.cites === 'I/II')) {
      expect(t.note, t.id).toBeTruthy();
    }
  });

  it('has species names as two words with a capitalised genus', () => {
    for (const t of TAXA.filter((x) => x.rank === 'species')) {
      expect(t.scientificName, t.id).toMatch(/^[A-Z][a-z]+ [a-z]+$/);
    }
  });

  for (const language of SPECIES_LANGUAGES) {
    it(`names every taxon in ${language}, without blanks or duplicates`, () => {
      for (const t of TAXA) {
        const names = t.names[language];
        expect(names.length, `${t.id}/${language}`).toBeGreaterThan(0);
        for (const name of names) {
          expect(name.trim(), `${t.id}/${language}`).toBe(name);
          expect(name.length, `${t.id}/${language}`).toBeGreaterThan(/\p{Script=Han}/u.test(name) ? 0 : 1);
        }
        const normalised = names.map((n) => normalizeForSearch(n));
        expect(new Set(normalised).size, `${t.id}/${language}: ${names.join(' | ')}`).toBe(names.length);
      }
    });
  }

  it('writes product hints without blanks or duplicates', () => {
    for (const t of TAXA) {
      for (const language of SPECIES_LANGUAGES) {
        const products = t.products?.[language] ?? [];
        for (const p of products) expect(p.trim().length, t.id).toBeGreaterThan(1);
        expect(new Set(products).size, `${t.id}/${language}`).toBe(products.length);
      }
    }
  });

  it('covers the families the issue names', () => {
    const sci = new Set(TAXA.map((t) => t.scientificName));
    for (const name of [
      'Manidae', 'Loxodonta africana', 'Elephas maximus', 'Rhinocerotidae', 'Panthera tigris', 'Pan troglodytes',
      'Psittacus erithacus', 'Astrochelys radiata', 'Pythonidae', 'Sphyrnidae', 'Totoaba macdonaldi',
      'Pycnonotus zeylanicus', 'Orchidaceae', 'Dalbergia', 'Aquilaria', 'Ursidae', 'Rhinoplax vigil', 'Nycticebus',
      'Hippocampus', 'Scleractinia',
    ]) {
      expect(sci.has(name), name).toBe(true);
    }
    const pangolinSpecies = TAXA.filter((t) => t.group === 'pangolins' && t.rank === 'species');
    expect(pangolinSpecies).toHaveLength(8);
    expect(TAXA.filter((t) => t.group === 'rhinoceroses' && t.rank === 'species')).toHaveLength(5);
  });

  it('writes Arabic names in Arabic script where a name exists, and Chinese in Han characters', () => {
    for (const t of TAXA) {
      expect(/\p{Script=Han}/u.test(t.names.zh[0]), t.id).toBe(true);
      expect(/\p{Script=Thai}|[A-Za-z]/u.test(t.names.th[0]), t.id).toBe(true);
    }
    const arabicScript = TAXA.filter((t) => /\p{Script=Arabic}/u.test(t.names.ar.join(' '))).length;
    expect(arabicScript).toBeGreaterThan(TAXA.length - 5);
  });
});
