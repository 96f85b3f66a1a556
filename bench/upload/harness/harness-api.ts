// What bench/upload.ts asks of the browser harness page and what it answers (types only, so
// Node can import it). Sizes are bytes of the file (plaintext); times are milliseconds measured
// in the page with performance.now().

export interface Speed {
  readonly bytes: number;
  readonly milliseconds: number;
  /** typeof WebAssembly in the page: 'undefined' under --jitless. */
  readonly webAssembly: string;
}

export type PipelineWorkers = 'both' | 'encrypt' | 'hash';

/** The client pipeline: also how long the workers took to start (part of `milliseconds`). */
export interface PipelineSpeed extends Speed {
  readonly workers: PipelineWorkers;
  /** True when the workers had been started ahead of time and had loaded before the clock started. */
  readonly prepared: boolean;
  /** Time to the first ciphertext batch (worker start-up included); 0 when only hashing. */
  readonly firstBatchMilliseconds: number;
}

export interface AttachInput {
  /** base64url of the 32-byte case id. */
  readonly caseId: string;
  readonly token: string;
  readonly bytes: number;
}

export interface AttachResult extends Speed {
  /** Upload-Length the server was told (encryptedFileSize of the file). */
  readonly storedBytes: number;
  /** The last progress phase the pipeline reported ('done' when it finished). */
  readonly phase: string;
}

export interface UploadBenchHarness {
  /** crypto_secretstream pushes of 64 KiB chunks in a loop on the page (createFileEncryptor). */
  rawEncrypt(bytes: number): Promise<Speed>;
  /**
   * The client pipeline's encrypt worker and hash worker over a generated Blob, as an upload runs
   * them ('both'), or one of them alone, to see which one sets the pace. `prepared`: wait (untimed)
   * until the workers the pipeline starts ahead of time have loaded; otherwise whatever is there
   * is used (nothing, on a fresh page: the first file's cold start).
   */
  pipelineEncrypt(bytes: number, workers: PipelineWorkers, prepared: boolean): Promise<PipelineSpeed>;
  /** startUpload of a generated File to the server this page came from, until the upload is stored. */
  attach(input: AttachInput): Promise<AttachResult>;
}

declare global {
  interface Window {
    thicketUploadBench?: UploadBenchHarness;
    /** Exposed by the benchmark: a fresh case session token when the server refused the last one. */
    thicketBenchRenewToken?: () => Promise<string>;
  }
}
