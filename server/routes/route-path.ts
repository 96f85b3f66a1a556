// Route URLs come from the contract (api/routes.ts), relative to the /api prefix the route
// plugins are registered under, so a typo cannot register a route the clients never call.
import type { RouteSpec } from '../../api/index';
import { API_PREFIX } from '../api-path';

export function pathOf(route: RouteSpec): string {
  if (!route.url.startsWith(`${API_PREFIX}/`)) throw new Error(`route ${route.url} is not under ${API_PREFIX}`);
  return route.url.slice(API_PREFIX.length);
}

/**
 * Body limit of the routes that carry an envelope (tips and messages: at most 256 KiB of padded
 * plaintext, about 350 KB as base64url) and up to 200 sealed keys. Everything else keeps the
 * 64 KiB default of app.ts.
 */
export const ENVELOPE_BODY_LIMIT = 512 * 1024;
