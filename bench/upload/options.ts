// Command line of bench/upload.ts: `--size-mib N` (the upload of part b, default 1024) and
// `--quick` (a smoke run with small sizes). Every size the benchmark uses is decided here.

export interface BenchSizes {
  /** Part (a) and (b): MiB of the encrypted stream (the plaintext is 1 byte under N MiB). */
  readonly uploadMib: number;
  /** Part (b): PATCH body size of the main run, in MiB. */
  readonly patchMib: number;
  /** Part (c): file size in MiB for Chromium normal and --jitless. */
  readonly encryptMib: { readonly normal: number; readonly jitless: number };
  /** Part (d): file size in bytes (decimal MB, as a person counts them). */
  readonly attachBytes: { readonly normal: number; readonly jitless: number };
  /** Runs of the baseline (a); the median is the figure. */
  readonly baselineRuns: number;
  readonly quick: boolean;
}

const USAGE = 'usage: npx tsx bench/upload.ts [--size-mib N] [--quick]';

export function parseOptions(argv: readonly string[]): BenchSizes {
  let quick = false;
  let sizeMib: number | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--quick') quick = true;
    else if (arg === '--size-mib') {
      const value = argv[i + 1];
      i += 1;
      if (value === undefined || !/^[0-9]{1,6}$/.test(value) || Number(value) < 1) throw new Error(`--size-mib needs a whole number of MiB ≥ 1\n${USAGE}`);
      sizeMib = Number(value);
    } else throw new Error(`unknown argument ${String(arg)}\n${USAGE}`);
  }
  const uploadMib = sizeMib ?? (quick ? 64 : 1024);
  return {
    uploadMib,
    patchMib: Math.min(64, uploadMib),
    encryptMib: quick ? { normal: 8, jitless: 1 } : { normal: 64, jitless: 8 },
    attachBytes: quick ? { normal: 8_000_000, jitless: 1_000_000 } : { normal: 100_000_000, jitless: 10_000_000 },
    baselineRuns: quick ? 1 : 3,
    quick,
  };
}
