import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { migrationNames } from '../../../server/db/migrate';

const folder = fileURLToPath(new URL('../../../migrations/', import.meta.url));
const files = readdirSync(folder).filter((name) => name.endsWith('.ts') && name !== 'index.ts');

describe('the migration list', () => {
  it('registers every migration file, in order', () => {
    expect(migrationNames()).toEqual(files.map((name) => name.replace(/\.ts$/, '')).sort());
  });

  it('names migrations NNNN_snake_case', () => {
    for (const name of migrationNames()) expect(name).toMatch(/^\d{4}_[a-z0-9_]+$/);
  });

  it('keeps migrations free of application imports (they are frozen)', () => {
    for (const file of files) {
      const source = readFileSync(`${folder}${file}`, 'utf8');
      const imports = [...source.matchAll(/from\s+'([^']+)'/g)].map((match) => match[1]);
      expect(imports.length).toBeGreaterThan(0);
      for (const specifier of imports) expect(specifier).toBe('kysely');
    }
  });
});
