// Benchmark (not a test): the species picker's search, per query, against a baseline measured in
// the same run: a naive case-insensitive substring scan over every name of every taxon.
// Run: npx tsx bench/species-search.ts
import { SPECIES_LANGUAGES, TAXA, searchTaxa } from '../client/shared/species/index';

const queries = ['pangolin', '穿山甲', 'tê tê', 'ตัวนิ่ม', 'آكل النمل', 'manis', 'a', 'ivory', 'xyz', 'cá', 'kakakuona', 'trenggiling'];
const rounds = 2000;

function naive(query: string): number {
  const needle = query.toLowerCase();
  let hits = 0;
  for (const taxon of TAXA) {
    const names = SPECIES_LANGUAGES.flatMap((language) => taxon.names[language]);
    if (names.some((name) => name.toLowerCase().includes(needle)) || taxon.scientificName.toLowerCase().includes(needle)) hits += 1;
  }
  return hits;
}

function time(run: (query: string) => unknown): number {
  for (const query of queries) run(query);
  const start = performance.now();
  for (let i = 0; i < rounds; i += 1) for (const query of queries) run(query);
  return ((performance.now() - start) * 1000) / (rounds * queries.length);
}

const baseline = time(naive);
const ours = time((query) => searchTaxa(query, 'en'));
console.log(`species search over ${TAXA.length} taxa, ${queries.length} queries × ${rounds} rounds:`);
console.log(`  baseline (naive substring scan): ${baseline.toFixed(1)} µs/query`);
console.log(`  searchTaxa (normalised, ranked): ${ours.toFixed(1)} µs/query, ratio ${(ours / baseline).toFixed(2)}`);
