import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { needsOnionWarning } from '../browser/onion-host';

// The host name does not change while the page is open: nothing to subscribe to.
const subscribe = (): (() => void) => () => undefined;
const fromLocation = (): boolean => needsOnionWarning(window.location.hostname);
// Rendered without a browser (on the server), the page cannot tell: no warning in that HTML; the
// browser decides once it runs the page.
const onServer = (): boolean => false;

/**
 * A plain warning when the page was not opened at an onion address (browser/onion-host.ts), on
 * every screen. It names no address and links nowhere: the right address is the one the person
 * was given, and a link could be a trap on a copy of this page.
 */
export function OnionWarning({ hostname }: { readonly hostname?: string }) {
  const { t } = useTranslation('common');
  const fromPage = useSyncExternalStore(subscribe, fromLocation, onServer);
  const show = hostname === undefined ? fromPage : needsOnionWarning(hostname);
  if (!show) return null;
  return (
    <div role="status" className="warning-note onion-warning">
      <p>
        <strong>{t('onion.title')}</strong>
      </p>
      <p>{t('onion.text')}</p>
    </div>
  );
}
