// The whistleblower's half must run in Tor Browser "Safer": no WebAssembly, no JIT. Node's
// --jitless reproduces that. The child loads libsodium-wrappers' CommonJS build (asm.js
// fallback), as the client bundle does, and runs the whole whistleblower flow.
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');

describe('whistleblower crypto without WebAssembly or JIT', () => {
  it('runs the case code, envelope, seal, thread, challenge and file flow under node --jitless', () => {
    const output = execFileSync(
      process.execPath,
      ['--jitless', '--import', 'tsx', '--import', './test/unit/crypto/jitless/register-asmjs.mjs', 'test/unit/crypto/jitless/whistleblower-flow.ts'],
      { cwd: root, encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const result = JSON.parse(output.trim().split('\n').pop() as string) as Record<string, unknown>;
    expect(result).toMatchObject({ webAssembly: 'undefined', envelope: 'tip text', thread: 1, challenge: 'ok', file: 70_000 });
  });
});
