// The not-onion warning: which host names get it (browser/onion-host.ts), and what it says and
// does not say (components/OnionWarning.tsx, rendered in Node as the browser would in English).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { isLoopbackHost, isOnionHost, needsOnionWarning } from '../../../../client/whistleblower/browser/onion-host';
import { OnionWarning } from '../../../../client/whistleblower/components/OnionWarning';
import { englishI18n, withI18n } from '../intake/i18n';

// A real v3 address (made by tor in a private test network).
const ONION = 'ucip3xlwn6xhi4tl4dwqazvdxwdcz75uwhv4frr3543hs6ftbka5bhad.onion';

describe('needsOnionWarning', () => {
  it('is quiet on an onion address, however it is written', () => {
    for (const host of [ONION, ONION.toUpperCase(), `${ONION}.`, `www.${ONION}`, 'short.onion']) {
      expect(isOnionHost(host), host).toBe(true);
      expect(needsOnionWarning(host), host).toBe(false);
    }
  });

  it('is quiet on this machine (development and the tests)', () => {
    for (const host of ['localhost', 'LOCALHOST', '127.0.0.1', '[::1]', 'thicket.localhost']) {
      expect(isLoopbackHost(host), host).toBe(true);
      expect(needsOnionWarning(host), host).toBe(false);
    }
  });

  it('warns on every other name: clearnet, look-alikes of .onion, IP addresses, LAN names', () => {
    for (const host of [
      'tips.thicket.example.org',
      `${ONION}.example.org`,
      `${ONION.replace('.onion', '')}.onion-gateway.example`,
      'onion',
      '.onion',
      'xn--onion',
      '127.0.0.2',
      '10.0.0.5',
      '192.168.1.20',
      '[2001:db8::1]',
      'thicket.lan',
      'localhost.example.org',
      '',
    ]) {
      expect(needsOnionWarning(host), host).toBe(true);
    }
  });
});

describe('OnionWarning', () => {
  let i18next: i18n;
  beforeAll(async () => {
    i18next = await englishI18n();
  });
  const render = (hostname?: string): string => renderToStaticMarkup(withI18n(i18next, createElement(OnionWarning, hostname === undefined ? {} : { hostname })));

  it('says what is wrong and what to do, as a status, with no link and no address', () => {
    const html = render('tips.thicket.example.org');
    expect(html).toContain('role="status"');
    expect(html).toContain('<strong>You are not using this site’s onion address.</strong>');
    expect(html).toContain('For your safety, open Thicket in Tor Browser using the address you were given (it ends in .onion).');
    expect(html).not.toMatch(/<a\b|href=|https?:|tips\.thicket/);
  });

  it('shows nothing on an onion address or on this machine', () => {
    expect(render(ONION)).toBe('');
    expect(render('127.0.0.1')).toBe('');
  });

  it('shows nothing when rendered without a browser (the server cannot know the address the person typed)', () => {
    expect(render()).toBe('');
  });
});
