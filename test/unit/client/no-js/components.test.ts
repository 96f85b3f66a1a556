// The whistleblower screens rendered as the server renders them for a browser without JavaScript
// (inside NoJsProvider) and as the browser app renders them (no provider). Without JavaScript no
// button needs a script (no type="button": what needs one is left out or is a link), and every
// form posts (or gets) where the setting says, with its hidden fields first. With JavaScript no
// form has an action or a method: the handlers do the work and nothing is posted.
import { createElement, createRef, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n } from 'i18next';
import type { FileManifestEntryV1 } from '../../../../api/index';
import { WHISTLEBLOWER_LANGUAGES } from '../../../../client/shared/i18n/languages';
import { LanguagePicker } from '../../../../client/shared/i18n/LanguagePicker';
import { NoJsProvider, type NoJsForm, type NoJsFormName, type NoJsSetting } from '../../../../client/shared/no-js/no-js';
import { CaseView, type CaseViewProps } from '../../../../client/whistleblower/components/CaseView';
import { ChooseAgencies, type ChooseAgenciesProps } from '../../../../client/whistleblower/components/ChooseAgencies';
import { EnterCaseCode, type EnterCaseCodeProps } from '../../../../client/whistleblower/components/EnterCaseCode';
import { Landing } from '../../../../client/whistleblower/components/Landing';
import { ReportSent } from '../../../../client/whistleblower/components/ReportSent';
import { ShowCaseCode, type ShowCaseCodeProps } from '../../../../client/whistleblower/components/ShowCaseCode';
import { WriteTip, type WriteTipProps } from '../../../../client/whistleblower/components/WriteTip';
import type { CaseSnapshot } from '../../../../client/whistleblower/logic/case-snapshot';
import { EMPTY_TIP, applyPatch, tipContent } from '../../../../client/whistleblower/logic/tip-draft';
import { englishI18n, withI18n } from '../intake/i18n';
import { attributesOf, formsOf } from './form-controls';

let i18next: i18n;
beforeAll(async () => {
  i18next = await englishI18n();
});

const noop = (): void => undefined;
const FORM_NAMES: readonly NoJsFormName[] = ['agencies', 'write', 'written', 'open', 'answer', 'refresh', 'language'];
const CODE = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima';

/** Each form its own action and its own hidden fields, so a form that takes another's shows. */
function formOf(name: NoJsFormName): NoJsForm {
  return {
    method: name === 'agencies' || name === 'written' || name === 'language' ? 'get' : 'post',
    action: `/nojs/${name}-target?lang=fr&amp=1`,
    hidden: [
      [`${name}-hidden`, `value of ${name} & "more"`],
      ...(name === 'answer' || name === 'refresh' ? [['case-code', CODE] as const] : []),
    ],
  };
}

const SETTING: NoJsSetting = {
  forms: Object.fromEntries(FORM_NAMES.map((name) => [name, formOf(name)])),
  links: { start: '/nojs/?lang=fr', report: '/nojs/report?lang=fr', return: '/nojs/return?lang=fr' },
};

function render(element: ReactNode, setting: NoJsSetting | null): string {
  const inner = setting === null ? element : createElement(NoJsProvider, { setting, children: element });
  return renderToStaticMarkup(withI18n(i18next, inner));
}

/** The start tags of every hidden input in the markup, as attribute maps. */
function hiddenInputs(html: string): Map<string, string>[] {
  return [...html.matchAll(/<input\b([^>]*)>/g)].map((match) => attributesOf(match[1] ?? '')).filter((input) => input.get('type') === 'hidden');
}

/** In the page without JavaScript: the form is the setting's, with its hidden fields before anything else. */
function expectNoJsForm(html: string, name: NoJsFormName): void {
  const expected = formOf(name);
  const form = formsOf(html).find((candidate) => candidate.attributes.get('action') === expected.action);
  expect(form, `form ${name}`).toBeDefined();
  if (form === undefined) return;
  expect(form.attributes.get('method'), name).toBe(expected.method);
  const hidden = hiddenInputs(form.inner).map((input) => [input.get('name'), input.get('value')]);
  expect(hidden, name).toEqual(expected.hidden.map(([field, value]) => [field, value]));
  // First inside the form.
  expect(form.inner.startsWith('<input type="hidden"'), name).toBe(true);
}

function expectNoScriptButtons(html: string): void {
  expect(html).not.toContain('<button type="button"');
  expect(html).not.toMatch(/<button(?![^>]*type="submit")[^>]*>/);
}

/** In the browser app: forms post nothing anywhere. */
function expectJsForms(html: string, count: number): void {
  const forms = formsOf(html);
  expect(forms).toHaveLength(count);
  for (const form of forms) {
    expect(form.attributes.has('action')).toBe(false);
    expect(form.attributes.has('method')).toBe(false);
  }
  expect(hiddenInputs(html)).toEqual([]);
}

const agency = {
  agencyId: 'agency-one',
  name: 'Wildlife Crime Unit',
  countries: ['KE'],
  languages: ['en'],
  trusted: { agencyId: 'agency-one', name: 'Wildlife Crime Unit', countries: ['KE'], languages: ['en'], signingPublicKey: new Uint8Array(32), prosecutors: [] },
  problem: null,
  problemText: null,
};

const agenciesProps: ChooseAgenciesProps = {
  state: { kind: 'ready', agencies: [agency], rootFingerprint: 'ABCD EFGH' },
  chosen: new Set(['agency-one']),
  error: null,
  onToggle: noop,
  onContinue: noop,
  onRetry: noop,
  onBack: noop,
};

const writeProps: WriteTipProps = {
  draft: applyPatch(EMPTY_TIP, { description: 'Seen', listingUrls: ['a', 'b'], contactHandles: ['c', 'd'] }),
  errors: {},
  agencyNames: ['Wildlife Crime Unit'],
  progress: null,
  // A problem with Retry: the Retry button needs JavaScript.
  problem: { message: 'The connection failed.', retry: true, locked: false },
  onChange: noop,
  onSend: noop,
  onBack: noop,
};

const showCodeProps: ShowCaseCodeProps = {
  words: CODE.split(' '),
  wordsLanguage: 'en',
  hasReceipt: true,
  confirmed: false,
  copyNote: null,
  wordsRef: createRef(),
  onCopy: noop,
  onPrint: noop,
  onSaveReceipt: noop,
  onConfirmedChange: noop,
  onContinue: noop,
  receiptText: 'RECEIPT-TEXT',
  filesWaiting: 0,
};

const enterCodeProps: EnterCaseCodeProps = { code: '', codeError: 'That is not a case code.', problem: null, progress: null, onChange: noop, onOpen: noop, onBack: noop };

const fileEntry: FileManifestEntryV1 = {
  fileId: 'A'.repeat(22),
  key: 'B'.repeat(43),
  name: 'photo.jpg',
  type: 'image/jpeg',
  size: 2048,
  sha256: 'c'.repeat(64),
  originalSha256: 'd'.repeat(64),
  originalSize: 4096,
  metadata: { action: 'none-found', removed: [] },
};

const snapshot: CaseSnapshot = {
  status: 'new',
  createdOn: '2025-03-14',
  tip: tipContent(applyPatch(EMPTY_TIP, { title: 'Ivory', description: 'Bangles for sale' }), 'en'),
  thread: [
    { seq: 1, kind: 'message', author: 'prosecutor', agencyName: 'Wildlife Crime Unit', text: 'Where did you see it?' },
    { seq: 2, kind: 'files', author: 'prosecutor', agencyName: 'Wildlife Crime Unit', note: 'A photo', files: [{ entry: fileEntry, arrived: true }] },
  ],
  verifiedCount: 3,
  problem: null,
  problemText: null,
  trustWarnings: [],
  trustWarningTexts: [],
  receipt: 'a receipt',
  canAnswer: true,
  quota: { usedBytes: 0, limitBytes: 1_000_000 },
};

const caseProps: CaseViewProps = {
  snapshot,
  answer: {
    answer: '',
    progress: null,
    error: null,
    note: null,
    maxLength: 20_000,
    onChange: noop,
    onSend: noop,
    evidence: { limitsText: null, files: [], refusals: [], onChoose: noop, onRemove: noop, onKeepOriginal: noop },
    uploads: [],
    onCancelUpload: noop,
    onRetryUpload: noop,
  },
  saving: { downloads: new Map(), onSave: noop, onCancel: noop },
  refreshing: null,
  refreshError: null,
  onRefresh: noop,
  onSaveReceipt: noop,
  onLeave: noop,
};

interface Screen {
  readonly name: string;
  readonly element: () => ReactNode;
  /** The forms it holds, in order. */
  readonly forms: readonly NoJsFormName[];
}

const SCREENS: readonly Screen[] = [
  { name: 'Landing', element: () => createElement(Landing, { ready: true, focusHeading: false, onReport: noop, onReturn: noop }), forms: [] },
  { name: 'ChooseAgencies', element: () => createElement(ChooseAgencies, agenciesProps), forms: ['agencies'] },
  { name: 'WriteTip', element: () => createElement(WriteTip, writeProps), forms: ['write'] },
  { name: 'ShowCaseCode', element: () => createElement(ShowCaseCode, showCodeProps), forms: ['written'] },
  { name: 'EnterCaseCode', element: () => createElement(EnterCaseCode, enterCodeProps), forms: ['open'] },
  { name: 'CaseView', element: () => createElement(CaseView, caseProps), forms: ['answer', 'refresh'] },
  { name: 'ReportSent', element: () => createElement(ReportSent, { onOpenCase: noop }), forms: [] },
  { name: 'LanguagePicker', element: () => createElement(LanguagePicker, { app: 'whistleblower', languages: WHISTLEBLOWER_LANGUAGES }), forms: ['language'] },
];

describe('the screens without JavaScript', () => {
  for (const screen of SCREENS) {
    it(`${screen.name}: no button needs a script, and each form goes where the setting says`, () => {
      const html = render(screen.element(), SETTING);
      expect(html.length).toBeGreaterThan(0);
      expectNoScriptButtons(html);
      expect(formsOf(html)).toHaveLength(screen.forms.length);
      for (const name of screen.forms) expectNoJsForm(html, name);
    });
  }

  it('the browser app renders buttons that need a script on the same screens (the check above can fail)', () => {
    for (const screen of SCREENS.filter((candidate) => candidate.name !== 'LanguagePicker')) {
      expect(render(screen.element(), null), screen.name).toContain('<button type="button"');
    }
  });

  // After a failed check the server renders the report form again with its errors (report-pages.tsx
  // sendPage → 422): the error summary's lines must be links to the fields, not script buttons.
  it('WriteTip after a failed check: the error summary has no script-only buttons', () => {
    const html = render(createElement(WriteTip, { ...writeProps, errors: { description: { kind: 'required' }, 'listingUrls-1': { kind: 'too_long', max: 2000 } } }), SETTING);
    expect(html).toContain('error-summary');
    expectNoScriptButtons(html);
  });

  it('Landing and ReportSent link to the pages of the setting instead of buttons', () => {
    const landing = render(createElement(Landing, { ready: true, focusHeading: false, onReport: noop, onReturn: noop }), SETTING);
    expect(landing).toContain('href="/nojs/report?lang=fr"');
    expect(landing).toContain('href="/nojs/return?lang=fr"');
    expect(landing).not.toContain('<button');
    const sent = render(createElement(ReportSent, { onOpenCase: noop }), SETTING);
    expect(sent).toContain('href="/nojs/return?lang=fr"');
    expect(sent).not.toContain('<button');
  });

  it('Back and Leave are links to the start page', () => {
    for (const element of [createElement(ChooseAgencies, agenciesProps), createElement(EnterCaseCode, enterCodeProps), createElement(CaseView, caseProps)]) {
      expect(render(element, SETTING)).toContain('<a class="button-link" href="/nojs/?lang=fr">');
    }
  });

  it('ChooseAgencies that failed to load offers no Retry button', () => {
    const html = render(createElement(ChooseAgencies, { ...agenciesProps, state: { kind: 'failed', message: { key: 'whistleblower:agencies.none' } } }), SETTING);
    expectNoScriptButtons(html);
    expect(formsOf(html)).toHaveLength(0);
  });

  it('ShowCaseCode asks for the tick in the browser itself and shows the receipt as text', () => {
    const html = render(createElement(ShowCaseCode, showCodeProps), SETTING);
    const box = [...html.matchAll(/<input\b([^>]*)>/g)].map((match) => attributesOf(match[1] ?? '')).find((input) => input.get('id') === 'code-written');
    expect(box?.has('required')).toBe(true);
    expect(box?.get('name')).toBe('written');
    expect(html).toContain('RECEIPT-TEXT');
    const written = formsOf(html).find((form) => form.attributes.get('action') === formOf('written').action);
    expect(written?.attributes.has('novalidate')).toBe(false);
  });

  it('CaseView: the case code travels only in the hidden fields of its own two forms', () => {
    const html = render(createElement(CaseView, caseProps), SETTING);
    expect(html.split(CODE)).toHaveLength(3);
    expect(html).toContain('Where did you see it?');
    // Saving a file needs JavaScript: said, not offered.
    expect(html).not.toContain('Save photo.jpg');
  });

  it('LanguagePicker renders nothing on a page that cannot be loaded again', () => {
    const setting: NoJsSetting = { ...SETTING, forms: { open: formOf('open') } };
    expect(render(createElement(LanguagePicker, { app: 'whistleblower', languages: WHISTLEBLOWER_LANGUAGES }), setting)).toBe('');
  });

  it('a screen whose form the page did not list fails loudly rather than render a form that goes nowhere', () => {
    const setting: NoJsSetting = { ...SETTING, forms: {} };
    expect(() => render(createElement(EnterCaseCode, enterCodeProps), setting)).toThrow(/"open"/);
  });
});

describe('the screens with JavaScript (no provider)', () => {
  for (const screen of SCREENS) {
    it(`${screen.name}: forms have no action or method, and no hidden fields`, () => {
      const html = render(screen.element(), null);
      expectJsForms(html, screen.name === 'LanguagePicker' ? 0 : screen.forms.length);
      expect(html).not.toContain('/nojs/');
    });
  }
});
