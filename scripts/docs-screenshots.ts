// Screenshots of the whistleblower's submission page for docs/screenshots/ (issue 5): the real
// client built with a fresh root key, a verified agency on PGlite in a temporary folder, and
// Debian's Chromium. The page is reached in English and then switched with the language picker,
// as a person would; each language gets the top of the form and the whole page. Then the same form
// without JavaScript (Tor Browser "Safest", the server-rendered /nojs/ pages): the top of it.
//   npm run docs:screenshots            (en, zh and ar)
//   npm run docs:screenshots -- fr sw   (any whistleblower languages)
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ready, toBase64Url } from '../crypto/index';
import { generateProsecutorKeys, readySumo } from '../crypto/prosecutor-keys';
import { WHISTLEBLOWER_LANGUAGES, isLanguage, type Language } from '../client/shared/i18n/languages';
import { createPgliteDatabase } from '../server/db/create-database';
import { migrateToLatest } from '../server/db/migrate';
import { setUpAgency } from '../bench/shared/agency-setup';
import { buildClient, startInstance } from '../test/e2e/helpers/instance';
import { launchChromium } from '../test/helpers/chromium';

const AGENCY = 'Lake Region Wildlife Prosecution Unit';
const outDir = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

function languagesFrom(args: readonly string[]): Language[] {
  if (args.length === 0) return ['en', 'zh', 'ar'];
  return args.map((arg) => {
    if (!isLanguage(arg, WHISTLEBLOWER_LANGUAGES)) throw new Error(`${arg}: not a whistleblower language (${WHISTLEBLOWER_LANGUAGES.join(', ')})`);
    return arg;
  });
}

async function main(): Promise<void> {
  const languages = languagesFrom(process.argv.slice(2));
  await Promise.all([ready(), readySumo()]);
  const dir = await mkdtemp(join(tmpdir(), 'thicket-screenshots-'));
  const root = generateProsecutorKeys().signing;
  const rootPublicKey = toBase64Url(root.publicKey);
  const clientDir = join(dir, 'client');
  await buildClient(clientDir, rootPublicKey);
  const database = await createPgliteDatabase({ dataDir: join(dir, 'pglite') });
  await migrateToLatest(database.db);
  const instance = await startInstance({ dataDir: dir, database, rootPublicKey, clientDir });
  const browser = await launchChromium();
  try {
    await setUpAgency(instance.app, database, root, AGENCY);
    await mkdir(outDir, { recursive: true });
    for (const language of languages) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
      await page.goto(`${instance.url}/?lang=en`);
      await page.getByRole('button', { name: 'Make a report' }).click();
      await page.getByLabel(AGENCY).check({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByLabel('What did you see?', { exact: true }).waitFor();
      if (language !== 'en') {
        await page.getByLabel('Language').selectOption(language);
        await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
      }
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: join(outDir, `submission-${language}.png`) });
      await page.screenshot({ path: join(outDir, `submission-${language}-full.png`), fullPage: true });
      process.stdout.write(`docs/screenshots/submission-${language}.png and submission-${language}-full.png\n`);
      await page.close();

      const plain = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
      const noJs = await plain.newPage();
      await noJs.goto(`${instance.url}/nojs/report${language === 'en' ? '' : `?lang=${language}`}`);
      await noJs.getByLabel(AGENCY).check();
      await noJs.locator('form[action="/nojs/write"] button[type="submit"]').click();
      await noJs.locator('#tip-description').waitFor();
      await noJs.evaluate(() => document.fonts.ready);
      await noJs.screenshot({ path: join(outDir, `submission-nojs-${language}.png`) });
      process.stdout.write(`docs/screenshots/submission-nojs-${language}.png\n`);
      await plain.close();
    }
  } finally {
    await browser.close();
    await instance.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
