// The deployment's tor configuration, parsed and checked: two onion services that lead to the app on
// the internal network, each to its own port (the whistleblower and the prosecutor surface), proof-of-work defences on the whistleblower service, client
// authorization (never falling back to public) on the prosecutor service, nothing listening beyond
// the container, no relay or exit; and real tor accepts it (tor --verify-config, never skipped).
import { spawnSync } from 'node:child_process';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { base32Decode } from './base32';
import { readComposeFacts } from './compose-file';
import { DEPLOY_TORRC, onionServices, parseTorrc, readTorrc, rewriteForLocalRun, serviceOption, valuesOf } from './torrc-file';
import { requireTor } from './network/tor-binary';

const DEPLOY_DIR = fileURLToPath(new URL('../../deploy/tor/', import.meta.url));
const ENTRYPOINT = join(DEPLOY_DIR, 'entrypoint.sh');
const KEY_SCRIPT = join(DEPLOY_DIR, 'prosecutor-key.sh');
const ONION = 'ucip3xlwn6xhi4tl4dwqazvdxwdcz75uwhv4frr3543hs6ftbka5bhad.onion';

const entries = readTorrc(DEPLOY_TORRC);
const services = onionServices(entries);
const compose = readComposeFacts();

const folders: string[] = [];
function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'thicket-torrc-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function ipv4ToNumber(address: string): number {
  const parts = address.split('.').map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255)) throw new Error(`not an IPv4 address: ${address}`);
  return parts.reduce((sum, part) => sum * 256 + part, 0);
}

function inSubnet(address: string, subnet: string): boolean {
  const [network = '', bitsText = ''] = subnet.split('/');
  const bits = Number(bitsText);
  const size = 2 ** (32 - bits);
  return Math.floor(ipv4ToNumber(address) / size) === Math.floor(ipv4ToNumber(network) / size);
}

function isLoopbackOrOff(value: string): boolean {
  const port = value.split(/\s+/)[0] ?? '';
  return port === '0' || /^(127\.\d+\.\d+\.\d+|localhost|\[::1\]):\d+$/.test(port) || port.startsWith('unix:');
}

describe('parseTorrc', () => {
  it('reads keywords case-insensitively, skips comments and joins continued lines', () => {
    const parsed = parseTorrc('# comment\nSocksPort 0 # trailing\n\nhiddenServicePort 80 \\\n  10.0.0.1:8080\n');
    expect(parsed.map((entry) => [entry.key, entry.value, entry.line])).toEqual([
      ['socksport', '0', 2],
      ['hiddenserviceport', '80 10.0.0.1:8080', 4],
    ]);
  });
});

describe('rewriteForLocalRun', () => {
  it('points each service at its own local target, and refuses a service it has no target for', () => {
    const text = readFileSync(DEPLOY_TORRC, 'utf8');
    const rewritten = onionServices(parseTorrc(rewriteForLocalRun(text, { dir: '/tmp/x', target: { thicket: '127.0.0.1:1001', prosecutor: '127.0.0.1:1002' } })));
    expect(rewritten.map((service) => [service.dir, valuesOf(service.options, 'HiddenServicePort')])).toEqual([
      ['/tmp/x/thicket', ['80 127.0.0.1:1001']],
      ['/tmp/x/prosecutor', ['80 127.0.0.1:1002']],
    ]);
    expect(() => rewriteForLocalRun(text, { dir: '/tmp/x', target: { thicket: '127.0.0.1:1001' } })).toThrow(/no local target for the service "prosecutor"/);
  });
});

describe('deploy/tor/torrc', () => {
  it('publishes two onion services: whistleblowers, then prosecutors', () => {
    expect(services.map((service) => service.dir)).toEqual(['/var/lib/tor/thicket', '/var/lib/tor/prosecutor']);
    for (const service of services) expect(serviceOption(service, 'HiddenServiceVersion') ?? '3').toBe('3');
  });

  it('points each service at its own surface of the app, on the internal network, at its fixed address', () => {
    expect(compose.backendInternal).toBe(true);
    expect(inSubnet(compose.appAddress, compose.backendSubnet)).toBe(true);
    expect(compose.publishedPorts).toBe(0);
    const ports = services.flatMap((service) => valuesOf(service.options, 'HiddenServicePort'));
    expect(ports).toHaveLength(2);
    // The public service reaches only PORT, the staff service only PROSECUTOR_PORT: never the same.
    const [whistleblower, prosecutor] = services;
    if (whistleblower === undefined || prosecutor === undefined) throw new Error('two services expected');
    expect(valuesOf(whistleblower.options, 'HiddenServicePort')).toEqual([`80 ${compose.appAddress}:${compose.appPort}`]);
    expect(valuesOf(prosecutor.options, 'HiddenServicePort')).toEqual([`80 ${compose.appAddress}:${compose.appProsecutorPort}`]);
    expect(compose.appProsecutorPort).not.toBe(compose.appPort);
    // No port line outside a service, and no service without one.
    expect(valuesOf(entries, 'HiddenServicePort')).toHaveLength(ports.length);
    for (const service of services) expect(valuesOf(service.options, 'HiddenServicePort').length).toBeGreaterThan(0);
  });

  it('turns on proof-of-work and introduction-point defences for the whistleblower service', () => {
    const [whistleblower] = services;
    if (whistleblower === undefined) throw new Error('no whistleblower service');
    expect(serviceOption(whistleblower, 'HiddenServicePoWDefensesEnabled')).toBe('1');
    expect(Number(serviceOption(whistleblower, 'HiddenServicePoWQueueRate') ?? '250')).toBeGreaterThan(0);
    expect(Number(serviceOption(whistleblower, 'HiddenServicePoWQueueBurst') ?? '2500')).toBeGreaterThan(0);
    expect(serviceOption(whistleblower, 'HiddenServiceEnableIntroDoSDefense')).toBe('1');
    expect(Number(serviceOption(whistleblower, 'HiddenServiceMaxStreams'))).toBeGreaterThan(0);
  });

  it('keeps the prosecutor service behind client authorization, with a key nobody holds always there', () => {
    const prosecutor = services[1];
    if (prosecutor === undefined) throw new Error('no prosecutor service');
    expect(prosecutor.dir).toMatch(/\/prosecutor$/);
    expect(serviceOption(prosecutor, 'HiddenServicePoWDefensesEnabled')).toBe('1');
    const dockerfile = readFileSync(join(DEPLOY_DIR, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain(`${prosecutor.dir}/authorized_clients`);
    expect(dockerfile).toMatch(/^CMD \["\/usr\/local\/bin\/thicket-tor"\]$/m);
    expect(dockerfile).toMatch(/^COPY entrypoint\.sh \/usr\/local\/bin\/thicket-tor$/m);
    expect(readFileSync(ENTRYPOINT, 'utf8')).toContain('prosecutor/authorized_clients');
  });

  it('listens on nothing beyond the container and is no relay, exit or bridge', () => {
    const socks = valuesOf(entries, 'SocksPort');
    expect(socks.length).toBeGreaterThan(0);
    for (const value of [...socks, ...valuesOf(entries, 'ControlPort')]) expect(isLoopbackOrOff(value), value).toBe(true);
    for (const keyword of ['ORPort', 'DirPort', 'ExtORPort', 'TransPort', 'DNSPort', 'NATDPort', 'HTTPTunnelPort', 'MetricsPort']) {
      for (const value of valuesOf(entries, keyword)) expect(value, keyword).toBe('0');
    }
    for (const keyword of ['ExitRelay', 'BridgeRelay', 'HiddenServiceNonAnonymousMode', 'HiddenServiceSingleHopMode']) {
      for (const value of valuesOf(entries, keyword)) expect(value, keyword).toBe('0');
    }
    expect(valuesOf(entries, 'ExitPolicy').every((value) => value === 'reject *:*')).toBe(true);
  });

  it('is accepted by tor --verify-config when started through the container entry point, which seals the prosecutor service', () => {
    requireTor();
    const dir = tempFolder();
    const empty = join(dir, 'empty-defaults');
    writeFileSync(empty, '');
    writeFileSync(join(dir, 'torrc'), rewriteForLocalRun(readFileSync(DEPLOY_TORRC, 'utf8'), { dir }));
    const run = (): ReturnType<typeof spawnSync> =>
      spawnSync('sh', [ENTRYPOINT, '--verify-config', '--defaults-torrc', empty], {
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', TOR_DATA_DIR: dir, TORRC: join(dir, 'torrc') },
        encoding: 'utf8',
      });
    const first = run();
    expect(first.status, String(first.stdout) + String(first.stderr)).toBe(0);
    expect(String(first.stdout)).toContain('Configuration was valid');

    const nobody = join(dir, 'prosecutor', 'authorized_clients', '_nobody.auth');
    const key = readFileSync(nobody, 'utf8');
    expect(key).toMatch(/^descriptor:x25519:[A-Z2-7]{52}\n$/);
    expect(statSync(nobody).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'prosecutor', 'authorized_clients')).mode & 0o777).toBe(0o700);
    // A second start keeps the same key (it is never replaced, so no one could time a gap).
    expect(run().status).toBe(0);
    expect(readFileSync(nobody, 'utf8')).toBe(key);
  });

  it('would be refused by tor if a service pointed at a name it cannot resolve (why the app has a fixed address)', () => {
    requireTor();
    const dir = tempFolder();
    writeFileSync(join(dir, 'empty-defaults'), '');
    writeFileSync(join(dir, 'torrc'), rewriteForLocalRun(readFileSync(DEPLOY_TORRC, 'utf8'), { dir, target: 'thicket-app.invalid:8080' }));
    const result = spawnSync('tor', ['--verify-config', '-f', join(dir, 'torrc'), '--defaults-torrc', join(dir, 'empty-defaults')], { encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain('Unparseable address in hidden service port configuration');
  });
});

describe('deploy/tor/prosecutor-key.sh', () => {
  function runScript(cwd: string, args: readonly string[]): ReturnType<typeof spawnSync> {
    return spawnSync('sh', [KEY_SCRIPT, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } });
  }

  it('makes an x25519 key pair in the two formats tor reads, readable by the owner only', () => {
    const dir = tempFolder();
    const result = runScript(dir, ['amina', ONION]);
    expect(result.status, String(result.stderr)).toBe(0);
    const auth = readFileSync(join(dir, 'amina.auth'), 'utf8');
    const authPrivate = readFileSync(join(dir, 'amina.auth_private'), 'utf8');
    const publicMatch = /^descriptor:x25519:([A-Z2-7]{52})\n$/.exec(auth);
    const privateMatch = new RegExp(`^${ONION.slice(0, 56)}:descriptor:x25519:([A-Z2-7]{52})\\n$`).exec(authPrivate);
    if (publicMatch?.[1] === undefined || privateMatch?.[1] === undefined) throw new Error(`unexpected files:\n${auth}\n${authPrivate}`);
    for (const file of ['amina.auth', 'amina.auth_private']) expect(statSync(join(dir, file)).mode & 0o777).toBe(0o600);

    // The public key really is the private key's: derive it independently with Node's X25519.
    const pkcs8Prefix = Buffer.from('302e020100300506032b656e04220420', 'hex');
    const privateKey = createPrivateKey({ key: Buffer.concat([pkcs8Prefix, base32Decode(privateMatch[1])]), format: 'der', type: 'pkcs8' });
    const derived = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(-32);
    expect(Buffer.from(base32Decode(publicMatch[1])).equals(derived)).toBe(true);
  });

  it('accepts the address with or without .onion, and never overwrites a file', () => {
    const dir = tempFolder();
    expect(runScript(dir, ['joseph', ONION.slice(0, 56)]).status).toBe(0);
    const before = readFileSync(join(dir, 'joseph.auth_private'), 'utf8');
    const again = runScript(dir, ['joseph', ONION]);
    expect(again.status).not.toBe(0);
    expect(String(again.stderr)).toContain('already exists');
    expect(readFileSync(join(dir, 'joseph.auth_private'), 'utf8')).toBe(before);
  });

  it.each([
    ['a clearnet name', ['amina', 'thicket.example.org']],
    ['a v2 address', ['amina', 'expyuzz4wqqyqhjn.onion']],
    ['a name with a slash', ['../amina', ONION]],
    ['a missing argument', ['amina']],
  ])('refuses %s', (_label, args) => {
    const dir = tempFolder();
    const result = runScript(dir, args);
    expect(result.status).not.toBe(0);
    expect(spawnSync('ls', ['-A', dir], { encoding: 'utf8' }).stdout).toBe('');
  });
});
