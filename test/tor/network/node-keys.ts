// Keys made before the network starts: a directory authority's v3 identity and signing keys
// (tor-gencert), and every relay's identity fingerprint (tor --list-fingerprint), which the
// DirAuthority lines must name.
import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { TOR, TOR_GENCERT } from './tor-binary';

const run = promisify(execFile);

/** Runs a command with stdin text; rejects with its output when it fails. */
function runWithInput(command: string, args: readonly string[], cwd: string, input: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = execFile(command, [...args], { cwd }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} failed: ${error.message}\n${stdout}${stderr}`));
      else resolve();
    });
    child.stdin?.end(input);
  });
}

/**
 * Makes an authority's keys in `<dataDir>/keys` (identity key with an empty passphrase, signing
 * key, certificate for `127.0.0.1:dirPort`) and returns its v3 identity fingerprint.
 */
export async function makeAuthorityKeys(dataDir: string, dirPort: number): Promise<string> {
  const keys = join(dataDir, 'keys');
  await mkdir(keys, { recursive: true, mode: 0o700 });
  await runWithInput(TOR_GENCERT, ['--create-identity-key', '-m', '12', '-a', `127.0.0.1:${String(dirPort)}`, '--passphrase-fd', '0'], keys, '\n');
  const certificate = await readFile(join(keys, 'authority_certificate'), 'utf8');
  const match = /^fingerprint ([0-9A-F]{40})$/m.exec(certificate);
  if (match?.[1] === undefined) throw new Error(`tor-gencert wrote no fingerprint line in ${keys}/authority_certificate`);
  return match[1];
}

/**
 * Makes a relay's identity keys in `dataDir` and returns its fingerprint (40 hex digits). Runs
 * tor with an empty configuration apart from the command line, so nothing else is read.
 */
export async function relayFingerprint(dataDir: string, nickname: string, orPort: number, emptyFile: string): Promise<string> {
  await run(TOR, [
    '--list-fingerprint',
    '-f', emptyFile,
    '--defaults-torrc', emptyFile,
    '--DataDirectory', dataDir,
    '--ORPort', `127.0.0.1:${String(orPort)}`,
    '--Address', '127.0.0.1',
    '--SocksPort', '0',
    '--Nickname', nickname,
    '--GeoIPFile', emptyFile,
    '--GeoIPv6File', emptyFile,
    '--Log', 'err stderr',
  ]);
  const line = await readFile(join(dataDir, 'fingerprint'), 'utf8');
  const fingerprint = line.trim().split(/\s+/).slice(1).join('');
  if (!/^[0-9A-F]{40}$/.test(fingerprint)) throw new Error(`tor --list-fingerprint wrote an unexpected fingerprint file: ${line}`);
  return fingerprint;
}
