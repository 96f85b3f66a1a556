import { register } from 'node:module';

register('./sodium-asmjs-hooks.mjs', import.meta.url);

// libsodium's CommonJS build first tries WebAssembly; without it, that attempt throws
// asynchronously before the asm.js fallback takes over. Only that one error is tolerated.
process.on('uncaughtException', (error) => {
  if (error instanceof ReferenceError && /WebAssembly is not defined/.test(error.message)) return;
  console.error(error);
  process.exit(70);
});
