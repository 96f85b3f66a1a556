import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../server/config';

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected loadConfig to throw ConfigError');
}

describe('loadConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    expect(loadConfig({})).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: './data',
      databaseUrl: undefined,
      logLevel: 'info',
      clientDir: './dist/client',
      noJsDir: './dist/nojs',
      files: { dir: './data/files', maxFileBytes: 2 * 1024 ** 3, caseQuotaBytes: 10 * 1024 ** 3 },
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      DATA_DIR: '/var/lib/thicket',
      DATABASE_URL: 'postgresql://thicket:pw@db:5432/thicket',
      LOG_LEVEL: 'warn',
      CLIENT_DIR: '/srv/client',
      NOJS_DIR: '/srv/nojs',
      FILES_DIR: '/srv/files',
      MAX_FILE_BYTES: '1000000',
      CASE_QUOTA_BYTES: '5000000',
    });
    expect(config).toEqual({
      port: 9000,
      host: '0.0.0.0',
      dataDir: '/var/lib/thicket',
      databaseUrl: 'postgresql://thicket:pw@db:5432/thicket',
      logLevel: 'warn',
      clientDir: '/srv/client',
      noJsDir: '/srv/nojs',
      files: { dir: '/srv/files', maxFileBytes: 1_000_000, caseQuotaBytes: 5_000_000 },
    });
  });

  it('puts files under DATA_DIR by default and refuses a bad byte count', () => {
    expect(loadConfig({ DATA_DIR: '/var/lib/thicket' }).files.dir).toBe('/var/lib/thicket/files');
    for (const value of ['0', '-1', '1.5', '2GB', String(2 ** 51)]) {
      expect(() => loadConfig({ MAX_FILE_BYTES: value })).toThrow(/^MAX_FILE_BYTES: must be a number of bytes/);
    }
    expect(() => loadConfig({ CASE_QUOTA_BYTES: 'lots' })).toThrow(/^CASE_QUOTA_BYTES: must be/);
  });

  it('returns a frozen object', () => {
    expect(Object.isFrozen(loadConfig({}))).toBe(true);
  });

  it('accepts hostnames and IPv6 addresses as HOST', () => {
    expect(loadConfig({ HOST: 'thicket-app' }).host).toBe('thicket-app');
    expect(loadConfig({ HOST: '::1' }).host).toBe('::1');
  });

  it('accepts both postgres:// and postgresql:// URLs', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres' }).databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/postgres');
    expect(loadConfig({ DATABASE_URL: 'postgresql://localhost/thicket' }).databaseUrl).toBe('postgresql://localhost/thicket');
  });

  it.each([
    ['PORT', 'abc', 'PORT: must be an integer 1-65535, got "abc"'],
    ['PORT', '0', 'PORT: must be an integer 1-65535, got "0"'],
    ['PORT', '65536', 'PORT: must be an integer 1-65535, got "65536"'],
    ['PORT', '80.5', 'PORT: must be an integer 1-65535, got "80.5"'],
    ['PORT', ' 80', 'PORT: must be an integer 1-65535, got " 80"'],
    ['HOST', 'bad host!', 'HOST: must be a hostname or an IP address, got "bad host!"'],
    ['HOST', 'http://example.org', 'HOST: must be a hostname or an IP address, got "http://example.org"'],
    ['LOG_LEVEL', 'verbose', 'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"'],
    ['DATA_DIR', 'data\nrm -rf', 'DATA_DIR: must be a folder path without control characters or surrounding spaces, got "data\\nrm -rf"'],
    ['DATA_DIR', ' ./data', 'DATA_DIR: must be a folder path without control characters or surrounding spaces, got " ./data"'],
    ['CLIENT_DIR', 'dist\u0000', 'CLIENT_DIR: must be a folder path without control characters or surrounding spaces, got "dist\\u0000"'],
  ])('rejects %s=%j with one line naming it', (variable, value, message) => {
    const error = configError({ [variable]: value });
    expect(error.variable).toBe(variable);
    expect(error.message).toBe(message);
    expect(error.message).not.toContain('\n');
  });

  it.each(['PORT', 'HOST', 'DATA_DIR', 'LOG_LEVEL', 'CLIENT_DIR'])('rejects an empty %s instead of silently using the default', (variable) => {
    const error = configError({ [variable]: '' });
    expect(error.message).toMatch(new RegExp(`^${variable}: is empty, expected .+ \\(unset it to use the default\\)$`));
  });

  it('rejects a DATABASE_URL with a non-postgres scheme, naming only the scheme', () => {
    const error = configError({ DATABASE_URL: 'mysql://root:hunter2@db/thicket' });
    expect(error.variable).toBe('DATABASE_URL');
    expect(error.message).toBe('DATABASE_URL: must be a postgres:// or postgresql:// URL, got scheme "mysql"');
    expect(error.message).not.toContain('hunter2');
  });

  it('rejects a DATABASE_URL that is not a URL without echoing it (it may hold a password)', () => {
    const error = configError({ DATABASE_URL: 'host=db password=hunter2' });
    expect(error.message).toBe('DATABASE_URL: must be a postgres:// or postgresql:// URL, got a value that is not a URL');
  });

  it('rejects an empty DATABASE_URL rather than falling back to the embedded database', () => {
    expect(configError({ DATABASE_URL: '' }).message).toBe(
      'DATABASE_URL: is empty, expected a postgres:// or postgresql:// URL (unset it to use the embedded database)',
    );
  });

  it('refuses TRUST_PROXY: client addresses are never used', () => {
    const error = configError({ TRUST_PROXY: 'true' });
    expect(error.variable).toBe('TRUST_PROXY');
    expect(error.message).toBe('TRUST_PROXY: is not supported, Thicket never uses client addresses; unset it');
  });

  it('shortens very long values in the message', () => {
    const error = configError({ LOG_LEVEL: 'x'.repeat(500) });
    expect(error.message.length).toBeLessThan(200);
  });

  it('ignores unrelated variables', () => {
    expect(loadConfig({ HOME: '/root', NODE_ENV: 'production' }).port).toBe(8080);
  });
});

// ROOT_PUBLIC_KEY: optional, exactly 32 bytes of canonical base64url, one-line errors.
const ROOT_KEY = 'PJDQlBTTAXdPj5fAjhJ0nGjW5m_2gpHK_0nN6Kg2aSQ';

describe('ROOT_PUBLIC_KEY', () => {
  it('is undefined when unset, and read as given when valid', () => {
    expect(loadConfig({}).rootPublicKey).toBeUndefined();
    expect(loadConfig({ ROOT_PUBLIC_KEY: ROOT_KEY }).rootPublicKey).toBe(ROOT_KEY);
  });

  it('refuses an empty value, other lengths, padding, other alphabets and non-canonical text in one line', () => {
    for (const bad of ['', `${ROOT_KEY}A`, ROOT_KEY.slice(1), `${ROOT_KEY}=`, `${ROOT_KEY.slice(0, -1)}+`, `${ROOT_KEY.slice(0, -1)}R`, ` ${ROOT_KEY}`, 'not a key\nat all']) {
      const error = configError({ ROOT_PUBLIC_KEY: bad });
      expect(error.variable).toBe('ROOT_PUBLIC_KEY');
      expect(error.message).toMatch(/^ROOT_PUBLIC_KEY: /);
      expect(error.message).not.toContain('\n');
      expect(error.message).toContain('init-root');
    }
  });
});

// ONION_ADDRESS: optional, a v3 onion hostname whose checksum and version byte are right.
// Made by tor 0.4.9 in a private test network (a real address, not a typed-in example).
const ONION = 'ucip3xlwn6xhi4tl4dwqazvdxwdcz75uwhv4frr3543hs6ftbka5bhad.onion';

describe('ONION_ADDRESS', () => {
  it('is undefined when unset, and read as given when it is a valid v3 onion hostname', () => {
    expect(loadConfig({}).onionAddress).toBeUndefined();
    expect(loadConfig({ ONION_ADDRESS: ONION }).onionAddress).toBe(ONION);
  });

  it.each([
    ['an empty value', ''],
    ['a URL', `http://${ONION}`],
    ['a trailing slash', `${ONION}/`],
    ['upper case', ONION.toUpperCase()],
    ['no .onion', ONION.slice(0, 56)],
    ['one character short', ONION.slice(1)],
    ['a v2 address', 'expyuzz4wqqyqhjn.onion'],
    ['letters outside base32', `${ONION.slice(0, 10)}1${ONION.slice(11)}`],
    ['a clearnet hostname', 'thicket.example.org'],
    ['a newline', `${ONION}\nX-Injected: 1`],
  ])('refuses %s in one line naming the variable', (_label, value) => {
    const error = configError({ ONION_ADDRESS: value });
    expect(error.variable).toBe('ONION_ADDRESS');
    expect(error.message).toMatch(value === '' ? /^ONION_ADDRESS: is empty, expected a v3 onion hostname/ : /^ONION_ADDRESS: must be a v3 onion hostname/);
    expect(error.message).not.toContain('\n');
  });

  it('refuses a mistyped address by its checksum, and a wrong version byte', () => {
    // One base32 letter changed inside the public key: the shape is right, the checksum is not.
    const mistyped = `${ONION.slice(0, 5)}${ONION[5] === 'a' ? 'b' : 'a'}${ONION.slice(6)}`;
    expect(configError({ ONION_ADDRESS: mistyped }).message).toMatch(/^ONION_ADDRESS: its checksum does not match/);
    // The last character carries the version (3 -> "d"); another version is not a v3 address.
    expect(configError({ ONION_ADDRESS: `${ONION.slice(0, 55)}a.onion` }).message).toMatch(/^ONION_ADDRESS: must be a v3 onion hostname/);
  });
});
