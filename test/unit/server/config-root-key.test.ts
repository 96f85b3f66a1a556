// ROOT_PUBLIC_KEY: optional, exactly 32 bytes of canonical base64url, one-line errors.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../server/config';

const KEY = 'PJDQlBTTAXdPj5fAjhJ0nGjW5m_2gpHK_0nN6Kg2aSQ';

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected loadConfig to throw ConfigError');
}

describe('ROOT_PUBLIC_KEY', () => {
  it('is undefined when unset, and read as given when valid', () => {
    expect(loadConfig({}).rootPublicKey).toBeUndefined();
    expect(loadConfig({ ROOT_PUBLIC_KEY: KEY }).rootPublicKey).toBe(KEY);
  });

  it('refuses an empty value, other lengths, padding, other alphabets and non-canonical text in one line', () => {
    for (const bad of ['', `${KEY}A`, KEY.slice(1), `${KEY}=`, `${KEY.slice(0, -1)}+`, `${KEY.slice(0, -1)}R`, ` ${KEY}`, 'not a key\nat all']) {
      const error = configError({ ROOT_PUBLIC_KEY: bad });
      expect(error.variable).toBe('ROOT_PUBLIC_KEY');
      expect(error.message).toMatch(/^ROOT_PUBLIC_KEY: /);
      expect(error.message).not.toContain('\n');
      expect(error.message).toContain('init-root');
    }
  });
});
