// The no-JavaScript flag as prosecutors see it (rendered with react-dom/server, in English): a
// badge on the inbox row and a note on the case page, only for a case the server encrypted.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n } from 'i18next';
import { InboxTable } from '../../../../client/prosecutor/components/InboxTable';
import { ServerEncryptedNote } from '../../../../client/prosecutor/components/ServerEncryptedNote';
import type { InboxItem } from '../../../../client/prosecutor/services/inbox';
import { englishI18n, withI18n } from '../intake/i18n';

let i18next: i18n;
beforeAll(async () => {
  i18next = await englishI18n();
});

const BADGE = 'Sent without JavaScript';

function item(caseId: string, title: string | null, encryptedOnServer: boolean): InboxItem {
  return { caseId, status: 'new', createdOn: '2026-11-22', updatedOn: '2026-11-22', messageCount: 1, title, encryptedOnServer };
}

/** The rows of a rendered table body, one string of markup each. */
function rows(html: string): string[] {
  const body = /<tbody>([\s\S]*)<\/tbody>/.exec(html)?.[1] ?? '';
  return body.split('</tr>').filter((row) => row.includes('<tr'));
}

describe('the inbox badge', () => {
  it('shows "Sent without JavaScript" on the flagged rows only, as text in the title cell', () => {
    const html = renderToStaticMarkup(
      withI18n(
        i18next,
        createElement(InboxTable, {
          items: [item('A'.repeat(43), 'Ivory bangles', true), item('B'.repeat(43), 'Live parrots', false), item('C'.repeat(43), null, true)],
        }),
      ),
    );
    const [flagged, plain, undecryptable] = rows(html);
    expect(flagged).toContain(`<span class="badge">${BADGE}</span>`);
    expect(flagged).toMatch(/<td class="case-title">.*Ivory bangles.*Sent without JavaScript.*?<\/td>/);
    expect(plain).toContain('Live parrots');
    expect(plain).not.toContain(BADGE);
    expect(undecryptable).toContain('Cannot be decrypted');
    expect(undecryptable).toContain(BADGE);
    expect(html.match(/class="badge"/g)).toHaveLength(2);
  });
});

describe('the case page note', () => {
  const render = (encryptedOnServer: boolean): string => renderToStaticMarkup(withI18n(i18next, createElement(ServerEncryptedNote, { encryptedOnServer })));

  it('says the server encrypted the case on arrival and stored only ciphertext', () => {
    const html = render(true);
    expect(html).toMatch(/^<p class="warning"><strong>Sent without JavaScript:<\/strong> the whistleblower&#x27;s browser ran no JavaScript/);
    expect(html).toContain('encrypted this case&#x27;s tip (and any answers sent that way) on arrival');
    expect(html).toContain('it stored only ciphertext.');
  });

  it('is not there for a case the browser encrypted', () => {
    expect(render(false)).toBe('');
  });
});
