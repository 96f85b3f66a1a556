// PROSECUTOR_PORT and PROSECUTOR_HOST: the optional second listener for the prosecutor surface.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config';

describe('loadConfig: the prosecutor listener', () => {
  it('is unset by default: one listener serves everything', () => {
    expect(loadConfig({}).prosecutor).toBeUndefined();
  });

  it('takes HOST unless PROSECUTOR_HOST is set', () => {
    expect(loadConfig({ HOST: '0.0.0.0', PORT: '8080', PROSECUTOR_PORT: '8081' }).prosecutor).toEqual({ port: 8081, host: '0.0.0.0' });
    expect(loadConfig({ PROSECUTOR_PORT: '9001', PROSECUTOR_HOST: '::1' }).prosecutor).toEqual({ port: 9001, host: '::1' });
    expect(Object.isFrozen(loadConfig({ PROSECUTOR_PORT: '9001' }).prosecutor)).toBe(true);
  });

  it('refuses a bad port, the same port as PORT, an empty value, and a host without a port', () => {
    expect(() => loadConfig({ PROSECUTOR_PORT: '70000' })).toThrow(/^PROSECUTOR_PORT: must be an integer 1-65535, got "70000"$/);
    expect(() => loadConfig({ PROSECUTOR_PORT: '' })).toThrow(/^PROSECUTOR_PORT: is empty/);
    expect(() => loadConfig({ PORT: '9000', PROSECUTOR_PORT: '9000' })).toThrow(/^PROSECUTOR_PORT: must differ from PORT/);
    expect(() => loadConfig({ PROSECUTOR_PORT: '8080' })).toThrow(/^PROSECUTOR_PORT: must differ from PORT \(both are 8080\)/);
    expect(() => loadConfig({ PROSECUTOR_PORT: '8081', PROSECUTOR_HOST: 'bad host' })).toThrow(/^PROSECUTOR_HOST: must be a hostname or an IP address/);
    expect(() => loadConfig({ PROSECUTOR_HOST: '127.0.0.1' })).toThrow(/^PROSECUTOR_HOST: has no effect without PROSECUTOR_PORT/);
  });
});
