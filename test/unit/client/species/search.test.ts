// Searching the species list in any language.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIMIT,
  FREE_TEXT_MAX_LENGTH,
  SPECIES_LANGUAGES,
  TAXA,
  UNKNOWN_LABEL,
  UNKNOWN_TAXON,
  describeChoice,
  freeTextChoice,
  getTaxon,
  normalizeForSearch,
  searchTaxa,
  taxonChoice,
  type SpeciesLanguage,
} from '../../../../client/shared/species/index';

const ids = (query: string, language: SpeciesLanguage = 'en', limit?: number): string[] =>
  searchTaxa(query, language, limit).map((m) => m.taxon.id);

describe('normalizeForSearch', () => {
  it('folds case and Latin accents, including Vietnamese', () => {
    expect(normalizeForSearch('Éléphant d’Afrique')).toBe('elephant d afrique');
    expect(normalizeForSearch('Tê tê Ấn Độ')).toBe('te te an do');
    expect(normalizeForSearch('Pangolín')).toBe('pangolin');
  });

  it('normalises Arabic: diacritics, alef forms, taa marbuta, the article', () => {
    expect(normalizeForSearch('آكِلُ النَّمْلِ')).toBe(normalizeForSearch('اكل نمل'));
    expect(normalizeForSearch('إنسان الغابة')).toBe(normalizeForSearch('انسان غابه'));
    expect(normalizeForSearch('فـــيل')).toBe('فيل');
  });

  it('keeps Thai vowel and tone marks and CJK untouched', () => {
    expect(normalizeForSearch('ตัวนิ่ม')).toBe('ตัวนิ่ม'.normalize('NFKD'));
    expect(normalizeForSearch('穿山甲')).toBe('穿山甲');
  });
});

describe('searchTaxa finds the pangolin in every language', () => {
  const cases: [SpeciesLanguage, string][] = [
    ['en', 'pangolin'],
    ['fr', 'pangolin'],
    ['es', 'pangolín'],
    ['zh', '穿山甲'],
    ['vi', 'tê tê'],
    ['th', 'ตัวนิ่ม'],
    ['id', 'trenggiling'],
    ['pt', 'pangolim'],
    ['sw', 'kakakuona'],
    ['ar', 'آكل النمل الحرشفي'],
  ];
  for (const [language, query] of cases) {
    it(`${language}: "${query}"`, () => {
      const results = searchTaxa(query, language);
      expect(results[0]?.taxon.id).toBe('pangolins');
      expect(results[0]?.name).toBe(getTaxon('pangolins')?.names[language][0]);
      expect(results.slice(0, 3).every((r) => r.taxon.group === 'pangolins')).toBe(true);
    });
  }

  it('finds it from any language while showing the reader’s language', () => {
    const [first] = searchTaxa('穿山甲', 'sw');
    expect(first?.taxon.id).toBe('pangolins');
    expect(first?.name).toBe('Kakakuona');
    expect(first?.matched).toBe('穿山甲');
    expect(first?.matchedLanguage).toBe('zh');
  });
});

describe('searchTaxa matching', () => {
  it('ignores case and accents', () => {
    expect(ids('TE TE', 'vi')[0]).toBe('pangolins');
    expect(ids('tete', 'vi')[0]).toBe('pangolins');
    expect(ids('ELEPHANT D AFRIQUE', 'fr')[0]).toBe('african-elephant');
    expect(ids('rinoceronte blanco', 'es')[0]).toBe('white-rhinoceros');
    expect(ids('Leao', 'pt')[0]).toBe('lion');
    expect(ids('ca map voi', 'vi')[0]).toBe('whale-shark');
  });

  it('finds scientific names, whole or by prefix', () => {
    expect(ids('Manis javanica')[0]).toBe('sunda-pangolin');
    expect(ids('manis java')[0]).toBe('sunda-pangolin');
    expect(ids('Panthera tigris', 'zh')[0]).toBe('tiger');
    expect(ids('dalbergia nigra')[0]).toBe('brazilian-rosewood');
    expect(ids('Psittaciformes', 'ar')[0]).toBe('parrots');
    expect(new Set(ids('manis', 'en', 20))).toEqual(
      new Set(['chinese-pangolin', 'sunda-pangolin', 'indian-pangolin', 'philippine-pangolin']),
    );
  });

  it('matches word prefixes', () => {
    expect(ids('hyacinth')).toContain('hyacinth-macaw');
    expect(ids('star tort')[0]).toBe('indian-star-tortoise');
    expect(ids('grey')).toContain('african-grey-parrot');
  });

  it('matches Chinese and Thai by substring', () => {
    expect(ids('中华穿山甲', 'zh')[0]).toBe('chinese-pangolin');
    expect(ids('山甲', 'zh')).toContain('pangolins');
    expect(ids('金刚鹦鹉', 'zh')).toContain('scarlet-macaw');
    expect(ids('ลิ่น', 'th')[0]).toBe('pangolins');
    expect(ids('ฉลาม', 'th')).toContain('hammerhead-sharks');
    expect(ids('ชนหิน', 'th')[0]).toBe('helmeted-hornbill');
  });

  it('normalises Arabic queries', () => {
    expect(ids('اكل النمل', 'ar')[0]).toBe('pangolins');
    expect(ids('النمر', 'ar')[0]).toBe('tiger');
    expect(ids('فيل', 'ar')[0]).toBe('elephants');
    expect(ids('ببغاء', 'ar')[0]).toBe('parrots');
    expect(ids('الْعاج', 'ar')).toContain('elephants');
  });

  it('finds taxa by a trade product, after names', () => {
    expect(ids('ivory')).toEqual(expect.arrayContaining(['elephants', 'african-elephant', 'asian-elephant']));
    expect(ids('象牙', 'zh')[0]).toBe('elephants');
    expect(ids('sừng tê giác', 'vi')[0]).toBe('rhinoceroses');
    expect(ids('buche', 'es')[0]).toBe('totoaba');
    expect(ids('熊胆', 'zh')).toContain('bears');
    expect(ids('gaharu', 'id')[0]).toBe('agarwood');
    expect(ids('sisik trenggiling', 'id')[0]).toBe('pangolins');
    const ivory = searchTaxa('ivory', 'en');
    expect(ivory[0]?.matchedKind).toBe('product');
  });

  it('finds the listed songbirds by their trade names', () => {
    expect(ids('cucak rawa', 'id')[0]).toBe('straw-headed-bulbul');
    expect(ids('murai batu', 'id')[0]).toBe('white-rumped-shama');
    expect(ids('chích chòe', 'vi')[0]).toBe('white-rumped-shama');
    expect(ids('นกขุนทอง', 'th')[0]).toBe('hill-myna');
  });
});

describe('searchTaxa ranking', () => {
  it('puts an exact match first, then prefixes, then word prefixes', () => {
    const results = searchTaxa('pangolin', 'en', 20);
    expect(results[0]?.taxon.id).toBe('pangolins');
    const scores = results.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('prefers a prefix match over a match inside a word', () => {
    const results = searchTaxa('tiger', 'en', 20);
    expect(results[0]?.taxon.id).toBe('tiger');
    const lion = ids('lion', 'en', 20);
    expect(lion[0]).toBe('lion');
  });

  it('prefers the reader’s own language on ties', () => {
    expect(ids('python', 'en')[0]).toBe('pythons');
    expect(ids('python', 'fr')[0]).toBe('pythons');
    expect(ids('cobra real', 'es')[0]).toBe('king-cobra');
  });

  it('ranks the family above its members for a general word', () => {
    expect(ids('rhino')[0]).toBe('rhinoceroses');
    expect(ids('shark')[0]).toBe('requiem-sharks');
    expect(ids('orchid')[0]).toBe('orchids');
  });
});

describe('searchTaxa limits and edge cases', () => {
  it('respects the limit and defaults to DEFAULT_LIMIT', () => {
    expect(searchTaxa('a', 'en', 3)).toHaveLength(3);
    expect(searchTaxa('a', 'en').length).toBeLessThanOrEqual(DEFAULT_LIMIT);
    expect(searchTaxa('pangolin', 'en', 0)).toEqual([]);
    expect(searchTaxa('pangolin', 'en', -5)).toEqual([]);
    expect(searchTaxa('pangolin', 'en', 2.7)).toHaveLength(2);
    expect(searchTaxa('pangolin', 'en', Number.NaN)).toEqual([]);
    expect(searchTaxa('pangolin', 'en', Infinity).length).toBe(9);
  });

  it('finds nothing, without throwing, for unknown words, blanks and punctuation', () => {
    for (const q of ['xyzzyq', '', '   ', '!!!', '???', '🦎🦎', 'zzzz zzzz', '\u0000', 'ـــ']) {
      expect(() => searchTaxa(q, 'en')).not.toThrow();
      expect(searchTaxa(q, 'en'), JSON.stringify(q)).toEqual([]);
    }
  });

  it('survives very long and hostile input quickly', () => {
    expect(() => searchTaxa('a'.repeat(100_000), 'en')).not.toThrow();
    expect(() => searchTaxa('.*(a+)+$[', 'ar')).not.toThrow();
  });

  it('returns each taxon at most once', () => {
    for (const language of SPECIES_LANGUAGES) {
      const found = ids('a', language, 200);
      expect(new Set(found).size).toBe(found.length);
    }
  });

  it('finds every taxon by its own first name in every language', () => {
    for (const taxon of TAXA) {
      for (const language of SPECIES_LANGUAGES) {
        const found = ids(taxon.names[language][0], language, TAXA.length);
        expect(found, `${taxon.id}/${language}`).toContain(taxon.id);
      }
      expect(ids(taxon.scientificName, 'en', 3), taxon.id).toContain(taxon.id);
    }
  });
});

describe('unknown and free text', () => {
  it('UNKNOWN_TAXON is labelled in every language', () => {
    expect(UNKNOWN_TAXON.kind).toBe('unknown');
    for (const language of SPECIES_LANGUAGES) {
      expect(describeChoice(UNKNOWN_TAXON, language)).toBe(UNKNOWN_LABEL[language]);
      expect(UNKNOWN_LABEL[language].length).toBeGreaterThan(3);
    }
  });

  it('keeps free text as written, trimmed and capped', () => {
    expect(freeTextChoice('  a small grey parrot  ')).toEqual({ kind: 'free-text', text: 'a small grey parrot' });
    expect(freeTextChoice('   ')).toBe(UNKNOWN_TAXON);
    const long = freeTextChoice('鸟'.repeat(FREE_TEXT_MAX_LENGTH + 50));
    expect(long.kind === 'free-text' ? Array.from(long.text).length : 0).toBe(FREE_TEXT_MAX_LENGTH);
    expect(describeChoice(freeTextChoice('ndege mdogo'), 'sw')).toBe('ndege mdogo');
  });

  it('describes a taxon choice in the reader’s language, and an unknown id as itself', () => {
    const tiger = getTaxon('tiger');
    expect(tiger).toBeDefined();
    if (tiger === undefined) return;
    expect(describeChoice(taxonChoice(tiger), 'vi')).toBe('Hổ (Panthera tigris)');
    expect(describeChoice({ kind: 'taxon', id: 'no-longer-listed' }, 'en')).toBe('no-longer-listed');
    expect(getTaxon('nope')).toBeUndefined();
  });
});
