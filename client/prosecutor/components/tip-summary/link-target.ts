// Whether a link from a tip may be offered for opening at all: only web addresses (http, https).
// Anything else (javascript:, data:, file:, an app's own scheme, text that is not an address) is
// shown and copied as text only, never put into an href.

/** The address to open, or null when the text is not an http(s) address. */
export function openableUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  return url.href;
}
