// The report screen around the questionnaire, rendered in Node: its words (with their bold parts)
// come from intake.json, the evidence part and the send problem keep their places, and a locked
// form cannot be changed.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n } from 'i18next';
import { WriteTip, type WriteTipProps } from '../../../../client/whistleblower/components/WriteTip';
import { EMPTY_TIP } from '../../../../client/whistleblower/logic/tip-draft';
import { englishI18n, withI18n } from './i18n';

let i18next: i18n;
beforeAll(async () => {
  i18next = await englishI18n();
});

const props: WriteTipProps = {
  draft: EMPTY_TIP,
  errors: {},
  agencyNames: ['Wildlife Crime Unit', 'Customs'],
  progress: null,
  problem: null,
  onChange: () => undefined,
  onSend: () => undefined,
  onBack: () => undefined,
  evidence: createElement('div', { id: 'evidence-slot' }, 'files here'),
};

const render = (patch: Partial<WriteTipProps> = {}): string => renderToStaticMarkup(withI18n(i18next, createElement(WriteTip, { ...props, ...patch })));

describe('the report screen', () => {
  it('says where the report goes and warns, with the bold parts kept', () => {
    const html = render();
    expect(html).toContain('Your report goes to: <strong>Wildlife Crime Unit, Customs</strong>.');
    expect(html).toContain('<strong>Do not write your name</strong> or anything that points to you');
  });

  it('puts the questionnaire, then the evidence files, then the send button', () => {
    const html = render();
    const description = html.indexOf('id="tip-description"');
    const evidence = html.indexOf('id="evidence-slot"');
    const send = html.indexOf('>Encrypt and send</button>');
    expect(description).toBeGreaterThan(0);
    expect(evidence).toBeGreaterThan(description);
    expect(send).toBeGreaterThan(evidence);
    expect(html).toContain('>Change agencies</button>');
  });

  it('shows a send problem with Retry, and locks every field while a send may have arrived', () => {
    const html = render({ problem: { message: 'The connection failed.', retry: true, locked: true } });
    expect(html).toMatch(/<div class="problem" role="alert" id="send-problem" tabindex="-1"><p>The connection failed.<\/p><button type="button">Retry<\/button>/);
    const controls = [...html.matchAll(/<(input|select|textarea)\b[^>]*>/g)].map((m) => m[0]);
    expect(controls.length).toBeGreaterThan(30);
    for (const control of controls) expect(control, control).toMatch(/disabled=""/);
  });
});
