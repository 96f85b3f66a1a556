// axe-core on a live page of either app, in English and in Arabic: the language is switched with
// the picker labelled "Language" (as a person would: no reload, the screen's state stays), the
// page's lang and dir are checked, every violation of any impact is printed, and the results are
// kept for a summary table per screen, language and impact.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export type AuditLanguage = 'en' | 'ar';
export type Impact = 'critical' | 'serious' | 'moderate' | 'minor';
const IMPACTS: readonly Impact[] = ['critical', 'serious', 'moderate', 'minor'];

/** Every WCAG 2.0–2.2 A and AA rule, plus axe's best practices (reported; only serious and critical fail). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AuditResult {
  readonly screen: string;
  readonly language: AuditLanguage;
  /** Null when the language could not be chosen on this page (the app does not offer it). */
  readonly counts: Readonly<Record<Impact, number>> | null;
  /** "rule (impact): target, target" for each serious or critical violation. */
  readonly blocking: readonly string[];
  readonly dir: string;
  readonly note: string;
}

const LANGUAGE_TIMEOUT = 30_000;

/** Chooses `language` in the picker labelled "Language" and waits until the page has switched. */
export async function chooseLanguage(page: Page, language: AuditLanguage): Promise<boolean> {
  const picker = page.getByLabel('Language', { exact: true });
  if ((await picker.locator(`option[value="${language}"]`).count()) === 0) return false;
  if ((await picker.inputValue()) !== language) await picker.selectOption(language);
  await page.waitForFunction((wanted) => document.documentElement.lang === wanted, language, { timeout: LANGUAGE_TIMEOUT });
  return true;
}

export interface AuditOptions {
  /** Run after each language switch, before axe: re-open what a focus change closed (a list). */
  readonly prepare?: (page: Page, language: AuditLanguage) => Promise<void>;
  /** Run after axe in each language, before the next switch: close what `prepare` opened (a modal dialog makes the picker inert). */
  readonly after?: (page: Page, language: AuditLanguage) => Promise<void>;
  readonly languages?: readonly AuditLanguage[];
}

/**
 * Audits the screen on `page` in each language (English first), leaves the page in English, and
 * returns one result per language. Prints every violation of any impact.
 */
export async function auditScreen(page: Page, screen: string, options: AuditOptions = {}): Promise<AuditResult[]> {
  const results: AuditResult[] = [];
  try {
    for (const language of options.languages ?? (['en', 'ar'] as const)) {
      results.push(await auditIn(page, screen, language, options));
    }
  } finally {
    // Whatever happened, the page goes on in English (the flows after it use English names).
    await chooseLanguage(page, 'en');
  }
  return results;
}

async function auditIn(page: Page, screen: string, language: AuditLanguage, options: AuditOptions): Promise<AuditResult> {
  if (!(await chooseLanguage(page, language))) {
    console.log(`[axe] ${screen} [${language}]: NOT AUDITED: the language picker offers no "${language}"`);
    return { screen, language, counts: null, blocking: [], dir: '', note: `the picker offers no "${language}"` };
  }
  if (options.prepare !== undefined) await options.prepare(page, language);
  const started = performance.now();
  const dir = await page.evaluate(() => document.documentElement.dir);
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const counts: Record<Impact, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  const blocking: string[] = [];
  const lines: string[] = [];
  for (const violation of violations) {
    const impact: Impact = IMPACTS.find((known) => known === violation.impact) ?? 'minor';
    counts[impact] += violation.nodes.length;
    const targets = violation.nodes.map((node) => node.target.join(' ')).join(', ');
    lines.push(`  - ${violation.id} (${impact}, ${violation.nodes.length} node${violation.nodes.length === 1 ? '' : 's'}): ${violation.help}: ${targets}`);
    if (impact === 'serious' || impact === 'critical') blocking.push(`${violation.id} (${impact}): ${targets}`);
  }
  const took = Math.round(performance.now() - started);
  if (options.after !== undefined) await options.after(page, language);
  console.log(`[axe] ${screen} [${language}, dir=${dir}, ${took} ms]: ${violations.length === 0 ? 'no violations' : `${violations.length} rule(s) violated\n${lines.join('\n')}`}`);
  return { screen, language, counts, blocking, dir, note: '' };
}

/** The summary table: one line per screen and language, violating nodes per impact. */
export function summaryTable(results: readonly AuditResult[]): string {
  const rows = results.map((result) => {
    const counts = result.counts === null ? `not audited (${result.note})` : IMPACTS.map((impact) => `${impact} ${result.counts?.[impact] ?? 0}`).join(', ');
    return `${result.screen.padEnd(52)} ${result.language}  ${counts}`;
  });
  return ['axe-core results (violating nodes per impact):', ...rows].join('\n');
}
