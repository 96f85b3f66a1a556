// `init-root --out FILE [--force]`: makes the instance root Ed25519 key. The secret stays in FILE
// (to be kept offline); the public key is configured as ROOT_PUBLIC_KEY for the server and the
// client build, and its fingerprint is published so anyone can check the tip line's root.
import { fingerprint, generateSigningKeyPair, ready, toBase64Url } from '../../../crypto/index';
import { UsageError } from './errors';
import type { Output } from './output';
import { writeRootKeyFile } from './root-key-file';

export interface InitRootArgs {
  /** Where to write the key file. */
  readonly out: string;
  /** Replace an existing file (a new instance root: every agency must be certified again). */
  readonly force?: boolean;
}

export interface InitRootResult {
  readonly file: string;
  /** base64url, the value of ROOT_PUBLIC_KEY. */
  readonly publicKey: string;
  readonly fingerprint: string;
}

export const initRootHelp = `Usage: npm run admin -- init-root --out FILE [--force]

Makes the instance root key: an Ed25519 key pair from the system's random generator.
The secret key is written to FILE (mode 600) and is needed only to certify agencies:
keep FILE offline (an encrypted USB stick in a safe), never on the server.

Prints the public key, its fingerprint (publish it, so people can check the tip line's root),
and the line to set for the server and the client build: ROOT_PUBLIC_KEY=...

Options:
  --out FILE   where to write the root key file (refused if it exists)
  --force      replace an existing FILE: this makes a NEW root, and every agency
               certificate made with the old one stops being trusted
  --help       show this help
Needs no database.`;

export async function initRoot(args: InitRootArgs, output: Output): Promise<InitRootResult> {
  if (args.out.trim() === '') throw new UsageError('--out is required');
  await ready();
  const signing = generateSigningKeyPair();
  try {
    writeRootKeyFile(args.out, signing, { overwrite: args.force === true });
  } finally {
    signing.secretKey.fill(0);
  }
  const publicKey = toBase64Url(signing.publicKey);
  const rootFingerprint = fingerprint(signing.publicKey);
  output.out(`Root key written to ${args.out} (mode 600).`);
  output.out('Keep that file offline: whoever holds it can certify agencies. It is needed only for certify-agency.');
  output.out('');
  output.out(`Root public key:  ${publicKey}`);
  output.out(`Fingerprint:      ${rootFingerprint}`);
  output.out('Publish the fingerprint where whistleblowers and agencies can check it.');
  output.out('');
  output.out('Set this in the environment of the server and of the client build (npm start, npm run build):');
  output.out(`ROOT_PUBLIC_KEY=${publicKey}`);
  return { file: args.out, publicKey, fingerprint: rootFingerprint };
}
