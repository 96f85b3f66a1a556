// The two pieces of libsodium the build cuts out (vite-sodium.ts, virtual modules). Each only
// exports the function that starts it: importing one runs nothing.
declare module 'virtual:thicket-sodium-wasm' {
  /** Runs libsodium's WebAssembly start-up: resolve, reject, the module's callbacks, the module. */
  export default function startWasm(resolve: unknown, reject: unknown, callbacks: unknown, module: unknown): void;
}

declare module 'virtual:thicket-sodium-asm' {
  /** Starts the asm.js backup into the module object; returns a promise. */
  export default function startAsm(module: unknown): Promise<unknown>;
}
