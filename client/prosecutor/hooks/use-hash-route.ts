import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from '../routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = (): string => window.location.hash;

/** The current hash route; re-renders on every hash change. */
export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash, () => '');
  return parseRoute(hash);
}

/** Goes to `href` ('#/…'); `replace` keeps redirects out of the back-button history. */
export function navigate(href: string, options: { readonly replace?: boolean } = {}): void {
  if (options.replace === true) window.location.replace(href);
  else window.location.hash = href.replace(/^#/, '');
}
