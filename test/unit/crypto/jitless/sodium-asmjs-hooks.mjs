// Module resolution hooks for the jitless check: resolve 'libsodium-wrappers' to its CommonJS
// build (the one with the asm.js fallback), as the client bundler does for Tor Browser.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const commonJsBuild = pathToFileURL(require.resolve('libsodium-wrappers')).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'libsodium-wrappers') return { url: commonJsBuild, format: 'commonjs', shortCircuit: true };
  if (specifier === 'libsodium-wrappers-sumo') throw new Error('the whistleblower path must not load libsodium-wrappers-sumo');
  return nextResolve(specifier, context);
}
