// The form reader of the pages without JavaScript (server/plugins/no-js.ts parseForm).
import { describe, expect, it } from 'vitest';
import { parseForm } from '../../../server/plugins/no-js';

describe('parseForm', () => {
  it('keeps every value of every name, in order', () => {
    expect(parseForm('agency=a&agency=b&tip-title=Ivory+%26+horn')).toEqual({ agency: ['a', 'b'], 'tip-title': ['Ivory & horn'] });
  });

  it('counts a browser line break (CRLF, or a lone CR) as one character, as the browser app does', () => {
    const text = parseForm('tip-description=one%0D%0Atwo%0Dthree%0Afour')['tip-description']?.[0];
    expect(text).toBe('one\ntwo\nthree\nfour');
  });

  it('reads a field named like an Object member as a field', () => {
    const record = parseForm('__proto__=x&toString=y&constructor=z');
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(Object.getOwnPropertyNames(record).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(record.toString).toEqual(['y']);
  });
});
