// Right-to-left pages mirror only if the styles never name a physical side: every margin,
// padding, border, inset and alignment is written with logical properties (inline-start…).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_DIR } from './locale-files';

const STYLES = join(CLIENT_DIR, 'styles');

/** Declarations that fix a side of the page instead of a side of the text. */
const PHYSICAL = [
  /(?:^|[\s{;])(?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right|top|bottom)(?:-[a-z]+)?\s*:/,
  /(?:^|[\s{;])(?:left|right)\s*:/,
  /(?:^|[\s{;])border-(?:top|bottom)-(?:left|right)-radius\s*:/,
  /(?:^|[\s{;])(?:text-align|float|clear)\s*:\s*(?:left|right)\b/,
  /(?:^|[\s{;])(?:margin|padding|inset)\s*:\s*\S+\s+\S+\s+\S+\s+\S+/,
  /(?:^|[\s{;])border-radius\s*:\s*\S+\s+\S+/,
];

function physicalDeclarations(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return withoutComments
    .split(/[;{}]/)
    .map((declaration) => declaration.trim())
    .filter((declaration) => PHYSICAL.some((pattern) => pattern.test(` ${declaration}`)));
}

describe('styles for right-to-left pages', () => {
  it('finds physical sides when they are there', () => {
    expect(physicalDeclarations('.a { margin-left: 1rem; padding: 0 1rem 0 2rem; text-align: right; border-radius: 0 4px; }')).toEqual([
      'margin-left: 1rem',
      'padding: 0 1rem 0 2rem',
      'text-align: right',
      'border-radius: 0 4px',
    ]);
    expect(physicalDeclarations('.a { margin-inline-start: 1rem; padding: 0 1rem; text-align: start; border-radius: 4px; }')).toEqual([]);
  });

  it.each(readdirSync(STYLES).filter((name) => name.endsWith('.css')))('%s uses logical properties only', (name) => {
    expect(physicalDeclarations(readFileSync(join(STYLES, name), 'utf8'))).toEqual([]);
  });
});
