// The whistleblower half of protocol v1 runs in real Chromium, normally and as Tor Browser
// "Safer" (--js-flags=--jitless: no JIT, no WebAssembly), from the same crypto/ entry point,
// libsodium alias and build plugins as the whistleblower bundle. Node plays server and
// prosecutor and checks that everything the browser made opens, verifies and matches, byte for
// byte.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { sodiumAliases, sodiumPlugins } from '../../vite.config';
import {
  createChallenge,
  decryptEnvelope,
  decryptFileBytes,
  deriveCaseKeys,
  encodeReceipt,
  encryptEnvelope,
  fromBase64Url,
  fromUtf8,
  encodeCaseCode,
  generateCaseEntropy,
  openContentKey,
  parseCaseCode,
  ready,
  signMessage,
  signReceipt,
  toBase64Url,
  utf8,
  verifyChallengeResponse,
  verifyThread,
  type CaseCodeLanguage,
} from '../../crypto/index';
import { launchChromium } from '../helpers/chromium';
import { serveDirectory, type StaticServer } from '../helpers/static-server';
import { addAllWordLists } from '../../crypto/case-code-all-wordlists';
import { fileContent, fromWire, toWire, type ReadCodeOutput, type ReturnOutput, type SubmitOutput } from './whistleblower-crypto-harness/harness-api';

const harnessRoot = fileURLToPath(new URL('./whistleblower-crypto-harness', import.meta.url));
const canary = 'pangolin-scales-canary-7f3a9c';
const fileBytes = 200 * 1024 + 17; // several 64 KiB chunks and a short last one

let outDir: string;
let server: StaticServer;

beforeAll(async () => {
  await ready();
  addAllWordLists();
  outDir = await mkdtemp(join(tmpdir(), 'thicket-harness-'));
  await build({
    configFile: false,
    root: harnessRoot,
    logLevel: 'error',
    resolve: { alias: sodiumAliases },
    plugins: sodiumPlugins(),
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4096 },
  });
  server = await serveDirectory(outDir);
});

afterAll(async () => {
  await server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** Messy but valid typing of a case code: upper case, line breaks, extra spaces. */
function retype(code: string): string {
  return `  ${code
    .toUpperCase()
    .split(' ')
    .map((word, i) => (i % 4 === 3 ? `${word}\n` : `${word}   `))
    .join('')}  `;
}

describe.each([
  { mode: 'normal', jitless: false },
  { mode: 'jitless (Tor Browser "Safer")', jitless: true },
])('whistleblower crypto in Chromium, $mode', ({ jitless }) => {
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const requested: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium({ jitless });
    page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => window.thicketHarness !== undefined);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('submits a tip and returns with the case code, and Node opens and verifies everything', async () => {
    const prosecutor = deriveCaseKeys(generateCaseEntropy());
    const serverKey = deriveCaseKeys(generateCaseEntropy()).signing;

    const out: SubmitOutput = await page.evaluate(
      (input) => {
          const harness = window.thicketHarness;
          if (!harness) throw new Error('harness not loaded');
          return harness.submit(input);
        },
      { prosecutorBoxPublicKey: toBase64Url(prosecutor.box.publicKey), tipText: `Ivory sold on a forum ${canary}`, fileBytes },
    );

    expect(out.webAssembly).toBe(jitless ? 'undefined' : 'object');
    expect(out.tamperedEnvelopeError).toBe('decrypt_failed');

    // The code shown to the whistleblower derives the same case in Node.
    const parsed = parseCaseCode(out.caseCode);
    const keys = deriveCaseKeys(parsed.entropy);
    expect(toBase64Url(keys.caseId)).toBe(out.caseId);
    expect(toBase64Url(keys.signing.publicKey)).toBe(out.signingPublicKey);
    expect(toBase64Url(keys.box.publicKey)).toBe(out.boxPublicKey);

    // Nothing the browser would send contains the tip text or the case code, in any encoding.
    // (Single words are not checked: a code word such as "ready" may also be a JSON key.)
    const sent = JSON.stringify({ ...out, caseCode: undefined, fileKey: undefined });
    const secrets = [canary, out.caseCode, out.caseCode.replace(/ /g, ''), toBase64Url(parsed.entropy), Buffer.from(parsed.entropy).toString('hex')];
    expect(secrets.filter((secret) => sent.includes(secret))).toEqual([]);

    // The prosecutor opens K, the tip and the file; the thread verifies.
    const contentKey = openContentKey(fromBase64Url(out.keyForProsecutor), prosecutor.box, keys.caseId);
    const tipEnvelope = fromBase64Url(out.tipEnvelope);
    expect(fromUtf8(decryptEnvelope(contentKey, tipEnvelope, { caseId: keys.caseId, purpose: 'tip' }))).toContain(canary);
    const first = fromWire(keys.caseId, out.firstMessage);
    const trusted = (key: Uint8Array): boolean =>
      toBase64Url(key) === out.signingPublicKey || toBase64Url(key) === toBase64Url(prosecutor.signing.publicKey);
    expect(verifyThread(keys.caseId, [first], trusted)).toHaveLength(1);
    const file = decryptFileBytes(fromBase64Url(out.fileKey), fromBase64Url(out.fileBlob), {
      caseId: keys.caseId,
      fileId: fromBase64Url(out.fileId),
    });
    expect(Buffer.from(file).equals(Buffer.from(fileContent(fileBytes)))).toBe(true);

    // The server signs a receipt and issues a challenge; the prosecutor replies.
    const receipt = signReceipt({ casePublicKey: keys.signing.publicKey, tipCiphertext: tipEnvelope, day: '2026-11-22' }, serverKey.secretKey);
    const challenge = createChallenge(keys.caseId, Math.floor(Date.now() / 1000) + 300);
    const [verifiedFirst] = verifyThread(keys.caseId, [first], trusted);
    if (!verifiedFirst) throw new Error('first message did not verify');
    const reply = signMessage(
      {
        caseId: keys.caseId,
        seq: 1,
        prevHash: verifiedFirst.messageHash,
        authorPublicKey: prosecutor.signing.publicKey,
        authorRole: 'prosecutor',
        envelope: encryptEnvelope(contentKey, utf8('Which forum, and when?'), { caseId: keys.caseId, purpose: 'message' }),
      },
      prosecutor.signing.secretKey,
    );

    const back: ReturnOutput = await page.evaluate((input) => {
          const harness = window.thicketHarness;
          if (!harness) throw new Error('harness not loaded');
          return harness.returnWithCode(input);
        }, {
      typedCode: retype(out.caseCode),
      challenge: { nonce: toBase64Url(challenge.nonce), expiresAt: challenge.expiresAt },
      receiptFile: encodeReceipt(receipt),
      serverPublicKey: toBase64Url(serverKey.publicKey),
      thread: [out.firstMessage, toWire(reply)],
      prosecutorSigningPublicKey: toBase64Url(prosecutor.signing.publicKey),
      keyForCase: out.keyForCase,
    });

    expect(back.caseId).toBe(out.caseId);
    expect(back.reply).toBe('Which forum, and when?');
    expect(back.forgedReceiptError).toBe('bad_signature');
    expect(() =>
      verifyChallengeResponse(challenge, fromBase64Url(back.challengeSignature), keys.signing.publicKey, Math.floor(Date.now() / 1000)),
    ).not.toThrow();
    // The same response is worthless against a fresh challenge (replay).
    const fresh = createChallenge(keys.caseId, challenge.expiresAt);
    expect(() =>
      verifyChallengeResponse(fresh, fromBase64Url(back.challengeSignature), keys.signing.publicKey, Math.floor(Date.now() / 1000)),
    ).toThrow(expect.objectContaining({ code: 'bad_signature' }));

    console.info(
      `whistleblower crypto in Chromium ${jitless ? 'jitless' : 'normal'}: ready ${out.milliseconds.ready.toFixed(0)} ms, ` +
        `submit ${out.milliseconds.submit.toFixed(0)} ms, file ${fileBytes} B ${out.milliseconds.file.toFixed(0)} ms, ` +
        `return ${back.milliseconds.toFixed(0)} ms`,
    );
  });

  it('fetches a word list only for a code written in it, and reads codes in any list as Node does', async () => {
    const entropy = generateCaseEntropy();
    // In this order, each code brings the lists named (those before it are already there): the
    // page's own list, and the lists of the code's script unless it reads in English or the page's.
    const cases: { language: CaseCodeLanguage; prefer: CaseCodeLanguage; fetched: CaseCodeLanguage[]; typed: (code: string) => string }[] = [
      { language: 'en', prefer: 'en', fetched: [], typed: retype },
      { language: 'fr', prefer: 'fr', fetched: ['fr'], typed: (code) => code },
      { language: 'en', prefer: 'fr', fetched: [], typed: (code) => code },
      { language: 'ja', prefer: 'fr', fetched: ['ja'], typed: (code) => code.replace(/\u3000/g, ' ') },
      { language: 'es', prefer: 'en', fetched: ['es', 'pt', 'it', 'cs'], typed: (code) => code.normalize('NFC').toUpperCase() },
      { language: 'zh-Hant', prefer: 'en', fetched: ['zh-Hans', 'zh-Hant'], typed: (code) => code.replace(/ /g, '') },
      { language: 'ko', prefer: 'zh-Hans', fetched: ['ko'], typed: (code) => code },
    ];
    for (const { language, prefer, fetched, typed } of cases) {
      const text = typed(encodeCaseCode(entropy, language));
      const out: ReadCodeOutput = await page.evaluate((input) => {
        const harness = window.thicketHarness;
        if (!harness) throw new Error('harness not loaded');
        return harness.readCode(input);
      }, { text, prefer });
      // Node has all ten lists: the page must read exactly what Node reads.
      const node = parseCaseCode(text, { prefer });
      expect(node.entropy).toEqual(entropy);
      expect({ language, out: { ...out, milliseconds: 0 } }).toEqual({
        language,
        out: { entropy: toBase64Url(entropy), language: node.language, fetched, milliseconds: 0 },
      });
    }
  });

  it('fetched only the libsodium it runs: WebAssembly normally, asm.js without WebAssembly', () => {
    const sodium = requested.filter((path) => /thicket-sodium-(?:wasm|asm)/.test(path)).map((path) => (path.includes('wasm') ? 'wasm' : 'asm'));
    expect(sodium).toEqual([jitless ? 'asm' : 'wasm']);
  });

  // Without WebAssembly, libsodium goes straight to its asm.js backup (vite-sodium.ts): not even
  // its old "WebAssembly is not defined" probe error may reach the page.
  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
