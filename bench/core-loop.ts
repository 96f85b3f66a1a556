// Benchmark (not a test): how long the whistleblower waits in the browser for the core loop,
// Chromium normal (the baseline) against --jitless (Tor Browser "Safer"), measured in one run on
// one instance over loopback. Times cover what a person waits for: from opening the page to the
// case code shown (submit), and from opening the page to the case shown (return with the code).
// Run: npx tsx bench/core-loop.ts   (PGlite in a temp folder; DATABASE_URL=postgres://... to use PostgreSQL)
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../test/helpers/chromium';
import { buildClient, openDatabaseIn, startInstance, tempDir } from '../test/e2e/helpers/instance';
import { certifyAgency, createAgency, initRoot, invite } from '../test/e2e/helpers/operator';
import { approve, enroll, signIn } from '../test/e2e/helpers/prosecutor-pages';
import { openCaseWithCode, submitTip } from '../test/e2e/helpers/whistleblower-pages';

const RUNS = 5;
const AGENCY = 'Benchmark Wildlife Unit';
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const dir = await tempDir('thicket-bench-loop-');
const browsers: Browser[] = [];
try {
  const root = await initRoot(dir.path);
  await buildClient(join(dir.path, 'client'), root.publicKey);
  const instance = await startInstance({
    dataDir: dir.path,
    database: await openDatabaseIn(dir.path),
    rootPublicKey: root.publicKey,
    clientDir: join(dir.path, 'client'),
  });
  try {
    const normal = await launchChromium();
    browsers.push(normal);
    const staff = await normal.newPage();
    const db = instance.database.db;
    const agencyId = await createAgency(db, { name: AGENCY, countries: ['KE'], languages: ['en'] });
    const adminFingerprint = await enroll(staff, {
      inviteLink: await invite(db, { agencyId, role: 'admin', baseUrl: instance.url }),
      username: 'bench.admin',
      displayName: 'Bench Admin',
      passphrase: 'granite heron velvet 42 lagoon drift',
    });
    await certifyAgency(db, { agencyId, rootKeyFile: root.file, fingerprint: adminFingerprint, rootPublicKey: root.publicKey });
    const prosecutorPage = await normal.newPage();
    const prosecutorFingerprint = await enroll(prosecutorPage, {
      inviteLink: await invite(db, { agencyId, role: 'prosecutor', baseUrl: instance.url }),
      username: 'bench.pros',
      displayName: 'Bench Prosecutor',
      passphrase: 'copper finch meadow 17 harbour glow',
    });
    await signIn(staff, instance.url, 'bench.admin', 'granite heron velvet 42 lagoon drift');
    await approve(staff, 'bench.pros', 'Bench Prosecutor', prosecutorFingerprint);

    const results: Record<string, { submit: number; back: number }> = {};
    for (const mode of ['normal', 'jitless'] as const) {
      const browser = mode === 'normal' ? normal : await launchChromium({ jitless: true });
      if (mode === 'jitless') browsers.push(browser);
      const submit: number[] = [];
      const back: number[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        const context = await browser.newContext();
        const page = await context.newPage();
        let start = performance.now();
        const code = await submitTip(page, instance.url, { agencyName: AGENCY, title: `Bench ${mode} ${i}`, description: 'x'.repeat(2000) });
        submit.push(performance.now() - start);
        start = performance.now();
        await openCaseWithCode(page, instance.url, code);
        back.push(performance.now() - start);
        await context.close();
      }
      results[mode] = { submit: median(submit), back: median(back) };
    }
    const { normal: n, jitless: j } = results;
    if (!n || !j) throw new Error('missing measurements');
    console.log(`core loop in Chromium over loopback, database ${instance.database.kind}, median of ${RUNS} (normal | jitless | ratio jitless/normal):`);
    console.log(`  open page → case code shown (submit): ${n.submit.toFixed(0)} ms | ${j.submit.toFixed(0)} ms | ${(j.submit / n.submit).toFixed(2)}x`);
    console.log(`  open page → case shown (return with code): ${n.back.toFixed(0)} ms | ${j.back.toFixed(0)} ms | ${(j.back / n.back).toFixed(2)}x`);
  } finally {
    await instance.close();
  }
} finally {
  for (const browser of browsers) await browser.close();
  await dir.remove();
}
