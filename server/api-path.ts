// Which requests belong to the JSON API. Decided on the path alone (never on headers).
export const API_PREFIX = '/api';

export function isApiPath(rawUrl: string): boolean {
  const queryStart = rawUrl.indexOf('?');
  const path = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
  return path === API_PREFIX || path.startsWith(`${API_PREFIX}/`);
}
