// Benchmark (not a test): evidence file uploads (issue 4), each figure beside a baseline measured
// in the same run on the same machine.
//  (a) baseline: a minimal node:http server (child process) streaming the upload to a file with
//      fs.createWriteStream and stream.pipeline;
//  (b) the real Thicket server (server/main.ts in a child process, real tus route, real storage
//      under a temp folder, PGlite there or PostgreSQL with DATABASE_URL) taking the same
//      pre-encrypted bytes from a Node client over loopback: throughput, ratio b/a, and the
//      server's RSS growth while it takes them (/proc/<pid>/status, peak reset before the upload);
//  (c) in Chromium, normal and --jitless: the client pipeline's encrypt and hash workers against
//      the raw secretstream loop on the page (ratio ours/raw);
//  (d) in Chromium: a file handed to startUpload until the server holds it.
// Run: npx tsx bench/upload.ts [--size-mib N] [--quick]   (npm run bench:upload)
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { Agent } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { FILE_CIPHER_CHUNK_BYTES, encryptedFileSize } from '../crypto/index';
import { DEFAULT_CASE_QUOTA_BYTES, DEFAULT_MAX_FILE_BYTES, type FilesConfig } from '../server/config';
import { startChild, type Child } from './upload/child';
import { runInChromium, type ChromiumRun } from './upload/browser';
import { buildHarness } from './upload/build-harness';
import { setUpCase } from './upload/case-setup';
import { openCaseSession } from './upload/case-session';
import { createBenchDatabase } from './upload/database';
import { plainBytesForMib, writeEncryptedStream, type EncryptedStreamFile } from './upload/encrypted-file';
import { send } from './upload/http-send';
import { parseOptions } from './upload/options';
import { measurePeak, mib, type MeasuredRun } from './upload/rss';
import { tusUpload, type TusResult } from './upload/tus-upload';
import { startThicket, type ThicketServer } from './upload/thicket-server';

const MiB = 1024 * 1024;
/**
 * 4 MiB: the browser's PATCH size while encryption is the bottleneck (client/shared/files/upload.ts
 * TUS_CHUNK_BYTES). Otherwise the browser sizes PATCHes by the link (patch-size.ts), from 256 KiB to 16 MiB.
 */
const BROWSER_PATCH_BYTES = 64 * FILE_CIPHER_CHUNK_BYTES;
const TARGETS = { ratio: 0.7, rssGrowthMiB: 100, encryptRatio: 0.8 } as const;

const sizes = parseOptions(process.argv.slice(2));
const log = (line: string): void => {
  process.stderr.write(`[bench:upload] ${line}\n`);
};
const mbps = (bytes: number, ms: number): number => bytes / 1e6 / (ms / 1000);
const fmt = (value: number, digits = 1): string => value.toFixed(digits);
const verdict = (met: boolean): string => (met ? 'met' : 'NOT met');
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const syncDisks = promisify(execFile);
const fail = (message: string): never => {
  throw new Error(message);
};

// ------------------------------------------------------------------ clean-up, also on error and Ctrl-C
const cleanups: (() => Promise<void>)[] = [];
const children: Child[] = [];
let cleaning: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const child of children.reverse()) await child.stop().catch((error: unknown) => log(`could not stop process ${String(child.pid)}: ${String(error)}`));
    for (const step of cleanups.reverse()) await step().catch((error: unknown) => log(`clean-up failed: ${String(error)}`));
  })();
  return cleaning;
}
for (const name of ['SIGINT', 'SIGTERM'] as const) {
  process.once(name, () => {
    log(`${name}: cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

/** One timed run of the baseline: the whole stream in one request. */
async function baselineRun(url: string, file: EncryptedStreamFile, agent: Agent): Promise<number> {
  const start = performance.now();
  const answer = await send({ url, method: 'PUT', agent, headers: { 'content-type': 'application/octet-stream' }, body: { path: file.path, start: 0, end: file.length } });
  const ms = performance.now() - start;
  if (answer.status !== 204) throw new Error(`baseline: HTTP ${String(answer.status)}`);
  return ms;
}

/** Growth of a server's resident memory over one measured run, in MiB. */
const growthMiB = (run: MeasuredRun<unknown>): number => (run.peakKiB - run.beforeKiB) / 1024;

function memoryLine(run: MeasuredRun<unknown>): string {
  const how = run.peakReset ? 'VmHWM, reset just before' : 'highest VmRSS sampled; VmHWM reset refused';
  return `RSS ${mib(run.beforeKiB)} before, peak ${mib(run.peakKiB)} during (${how}), growth ${fmt(growthMiB(run))} MiB`;
}

const loadAverage = (): string => loadavg().map((value) => fmt(value, 2)).join(' ');

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'thicket-bench-upload-'));
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  const dataDir = join(root, 'data');
  const streamsDir = join(root, 'streams');
  const harnessDir = join(root, 'harness');
  await mkdir(dataDir, { mode: 0o700 });
  await mkdir(streamsDir, { mode: 0o700 });

  // ---------------------------------------------------------------- set-up (untimed)
  const plainBytes = plainBytesForMib(sizes.uploadMib);
  const streamBytes = encryptedFileSize(plainBytes);
  const files: FilesConfig = {
    dir: join(dataDir, 'files'),
    maxFileBytes: Math.max(DEFAULT_MAX_FILE_BYTES, plainBytes),
    caseQuotaBytes: Math.max(DEFAULT_CASE_QUOTA_BYTES, 3 * streamBytes + 1024 * MiB),
  };
  log(`database and case (${process.env['DATABASE_URL'] ? 'PostgreSQL from DATABASE_URL, a fresh database' : 'PGlite in a temp folder'})`);
  const database = await createBenchDatabase(dataDir);
  cleanups.push(() => database.drop());
  const handle = await database.open();
  const benchCase = await setUpCase(handle, files).finally(() => handle.close());

  log('building the browser harness (Vite)');
  const harness = await buildHarness(harnessDir).then(
    () => undefined,
    (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
  );
  if (harness !== undefined) log(`harness build failed: ${harness.message}`);

  log(`encrypting two ${fmt(streamBytes / MiB)} MiB streams and small warm-up streams to temp files (untimed)`);
  const warmUpBaseline = await writeEncryptedStream(join(streamsDir, 'warm-up'), benchCase.caseId, plainBytesForMib(8));
  const warmUps: EncryptedStreamFile[] = [];
  for (let i = 0; i < 3; i += 1) warmUps.push(await writeEncryptedStream(join(streamsDir, `warm-up-${String(i)}`), benchCase.caseId, plainBytesForMib(8)));
  const main64 = await writeEncryptedStream(join(streamsDir, 'main'), benchCase.caseId, plainBytes);
  const browserSized = await writeEncryptedStream(join(streamsDir, 'browser-patches'), benchCase.caseId, plainBytes);

  const thicketEnv = {
    dataDir,
    clientDir: harness === undefined ? harnessDir : join(root, 'no-client'),
    rootPublicKey: benchCase.rootPublicKey,
    databaseUrl: database.serverUrl,
    maxFileBytes: files.maxFileBytes,
    caseQuotaBytes: files.caseQuotaBytes,
  };
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  cleanups.push(async () => agent.destroy());
  /** A freshly started Thicket server that has taken one small upload (untimed), so start-up costs are behind it. */
  const freshThicket = async (): Promise<{ server: ThicketServer; token: string }> => {
    const server = await startThicket(thicketEnv, (child) => children.push(child));
    const token = await openCaseSession(server.url, benchCase.caseIdText, benchCase.signingSecretKey);
    await tusUpload(server.url, token, warmUps.shift() ?? fail('no warm-up stream left'), 4 * MiB, agent);
    return { server, token };
  };
  const stopThicket = async (server: ThicketServer): Promise<void> => {
    await server.child.stop();
    children.splice(children.indexOf(server.child), 1);
  };

  log('starting the baseline server (child process)');
  const baselineChild = startChild('bench/upload/baseline-server.ts', { BASELINE_FILE: join(dataDir, 'baseline-upload') });
  children.push(baselineChild);
  const baselinePort = (await baselineChild.waitFor(/baseline listening on ([0-9]+)/, 30_000))[1];
  const baselineUrl = `http://127.0.0.1:${String(baselinePort)}/upload`;
  await baselineRun(baselineUrl, warmUpBaseline, agent);

  // ---------------------------------------------------------------- (a) and (b), interleaved
  const loadBefore = loadAverage();
  const baselineRuns: MeasuredRun<number>[] = [];
  const runBaseline = async (): Promise<void> => {
    if (baselineRuns.length >= sizes.baselineRuns) return;
    log(`(a) baseline run ${String(baselineRuns.length + 1)} of ${String(sizes.baselineRuns)}`);
    await syncDisks('sync');
    baselineRuns.push(await measurePeak(baselineChild.pid, () => baselineRun(baselineUrl, main64, agent)));
  };
  const thicketRun = async (file: EncryptedStreamFile, patchBytes: number): Promise<MeasuredRun<TusResult>> => {
    const { server, token } = await freshThicket();
    try {
      await syncDisks('sync');
      return await measurePeak(server.child.pid, () => tusUpload(server.url, token, file, patchBytes, agent));
    } finally {
      await stopThicket(server);
    }
  };
  await runBaseline();
  log(`(b) Thicket, PATCH ${String(sizes.patchMib)} MiB (fresh server)`);
  const mainRun = await thicketRun(main64, sizes.patchMib * MiB);
  await runBaseline();
  log(`(b) Thicket, PATCH ${String(BROWSER_PATCH_BYTES)} bytes, the browser's size (fresh server)`);
  const browserRun = await thicketRun(browserSized, BROWSER_PATCH_BYTES);
  await runBaseline();
  const loadAfter = loadAverage();
  const baseline = mbps(streamBytes, median(baselineRuns.map((run) => run.result)));
  await baselineChild.stop();
  children.splice(children.indexOf(baselineChild), 1);

  // ---------------------------------------------------------------- (c) and (d)
  const chromium: (ChromiumRun | Error)[] = [];
  if (harness === undefined) {
    log('starting the Thicket server for the browser (it serves the harness page)');
    const { server: thicket } = await freshThicket();
    for (const jitless of [false, true]) {
      log(`(c)+(d) Chromium ${jitless ? '--jitless' : 'normal'}`);
      const run = await runInChromium({
        url: thicket.url,
        jitless,
        encryptBytes: (jitless ? sizes.encryptMib.jitless : sizes.encryptMib.normal) * MiB,
        runs: jitless ? 1 : 3,
        attach: { caseId: benchCase.caseIdText, bytes: jitless ? sizes.attachBytes.jitless : sizes.attachBytes.normal },
        token: () => openCaseSession(thicket.url, benchCase.caseIdText, benchCase.signingSecretKey),
      }).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
      chromium.push(run);
    }
    await stopThicket(thicket);
  }

  // ---------------------------------------------------------------- report
  const out: string[] = [];
  const line = (text: string): void => {
    out.push(text);
  };
  const speedOf = (run: MeasuredRun<TusResult>): number => mbps(streamBytes, run.result.milliseconds);
  const mainRatio = speedOf(mainRun) / baseline;
  const baselineGrowth = median(baselineRuns.map(growthMiB));
  line(
    `upload benchmark${sizes.quick ? ' (--quick)' : ''}: ${fmt(streamBytes / MiB)} MiB encrypted stream (${String(streamBytes)} bytes, a ${String(plainBytes)}-byte file) ` +
      `from a Node client over loopback, database ${database.kind}, ${String(cpus().length)} cores, load average ${loadBefore} → ${loadAfter}; MB/s = 10^6 bytes/s`,
  );
  line(
    `(a) baseline, node:http → fs.createWriteStream with stream.pipeline, one request, median of ${String(baselineRuns.length)}: ${fmt(baseline)} MB/s ` +
      `[runs: ${baselineRuns.map((run) => fmt(mbps(streamBytes, run.result))).join(', ')}]; its RSS growth ${fmt(baselineGrowth)} MiB (median)`,
  );
  line(
    `(b) Thicket (server/main.ts, fresh process, after an 8 MiB warm-up upload), tus POST then ${String(mainRun.result.patches)} PATCH of ${String(sizes.patchMib)} MiB: ` +
      `${fmt(speedOf(mainRun))} MB/s, b/a ${fmt(mainRatio, 2)}  (target ≥ ${String(TARGETS.ratio)}: ${verdict(mainRatio >= TARGETS.ratio)})`,
  );
  line(`    server ${memoryLine(mainRun)}  (target < ${String(TARGETS.rssGrowthMiB)} MiB for 1 GiB: ${verdict(growthMiB(mainRun) < TARGETS.rssGrowthMiB)})`);
  line(
    `    in the browser's PATCH size (${String(browserRun.result.patches)} PATCH of ${String(BROWSER_PATCH_BYTES)} bytes, fresh process): ` +
      `${fmt(speedOf(browserRun))} MB/s, b/a ${fmt(speedOf(browserRun) / baseline, 2)}; ${memoryLine(browserRun)}`,
  );
  if (harness !== undefined) line(`(c), (d) not run: the harness did not build: ${harness.message}`);
  for (const run of chromium) {
    if (run instanceof Error) {
      line(`(c) Chromium failed: ${run.message}`);
      continue;
    }
    const mode = run.jitless ? 'jitless' : 'normal';
    const raw = mbps(run.raw.bytes, run.raw.milliseconds);
    const ours = mbps(run.ours.bytes, run.ours.milliseconds);
    const runs = run.jitless ? 1 : 3;
    line(
      `(c) Chromium ${mode} (typeof WebAssembly: ${run.raw.webAssembly}), ${fmt(run.raw.bytes / MiB, 0)} MiB, median of ${String(runs)}: ` +
        `raw secretstream loop on the page ${fmt(raw, 2)} MB/s | client pipeline (encrypt + hash workers) ${fmt(ours, 2)} MB/s | ` +
        `ours/raw ${fmt(ours / raw, 2)}  (target ≥ ${String(TARGETS.encryptRatio)}: ${verdict(ours / raw >= TARGETS.encryptRatio)})`,
    );
    line(
      `    pipeline with its workers started ahead of time (a file after another, or prepared when files are chosen): first batch after ${fmt(run.ours.firstBatchMilliseconds, 0)} ms; ` +
        `a page's first file with no worker started yet: first batch after ${fmt(run.cold.firstBatchMilliseconds, 0)} ms (1 MiB in ${fmt(run.cold.milliseconds, 0)} ms)`,
    );
    line(
      `    each worker alone: encrypt ${fmt(mbps(run.alone.encrypt.bytes, run.alone.encrypt.milliseconds), 2)} MB/s, ` +
        `hash (SHA-256) ${fmt(mbps(run.alone.hash.bytes, run.alone.hash.milliseconds), 2)} MB/s`,
    );
  }
  for (const run of chromium) {
    if (run instanceof Error) continue;
    const mode = run.jitless ? 'jitless' : 'normal';
    if (run.attach instanceof Error) {
      line(`(d) Chromium ${mode}: attach failed: ${run.attach.message}`);
      continue;
    }
    const a = run.attach;
    line(
      `(d) Chromium ${mode}: ${fmt(a.bytes / 1e6, 0)} MB file, startUpload → stored (${fmt(a.storedBytes / 1e6, 1)} MB sent, phase ${a.phase}): ${fmt(a.milliseconds / 1000, 2)} s (${fmt(mbps(a.bytes, a.milliseconds))} MB/s of file)`,
    );
  }
  console.log(out.join('\n'));
}

try {
  await main();
} catch (error) {
  process.exitCode = 1;
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
} finally {
  await cleanUp();
}
