// Where tor and tor-gencert are, and a loud failure when they are missing: the Tor tests never
// skip (CI installs Debian's tor package, see .ci/run and test/run.sh).
import { spawnSync } from 'node:child_process';

export const TOR = process.env.TOR_PATH ?? 'tor';
export const TOR_GENCERT = process.env.TOR_GENCERT_PATH ?? 'tor-gencert';

/** Returns tor's version line; throws a clear error when tor (or tor-gencert) cannot be run. */
export function requireTor(): string {
  const version = spawnSync(TOR, ['--version'], { encoding: 'utf8' });
  if (version.error !== undefined || version.status !== 0) {
    throw new Error(`tor is not installed or cannot run (${TOR}): install Debian's tor package (apt-get install tor) or set TOR_PATH; these tests never skip`);
  }
  const gencert = spawnSync(TOR_GENCERT, ['--help'], { encoding: 'utf8' });
  if (gencert.error !== undefined) {
    throw new Error(`tor-gencert is not installed (${TOR_GENCERT}): it comes with Debian's tor package`);
  }
  return version.stdout.split('\n')[0] ?? version.stdout;
}
