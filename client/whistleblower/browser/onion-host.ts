// Whether the page was reached over an onion address. The page cannot know the instance's own
// onion address (nothing here asks the server for it), so it checks only what it can: the host
// name ends in .onion. Loopback names are for development and the tests, and get no warning.
// Everything else (a clearnet name, an IP address, a LAN name) is "not an onion": the network
// between the person and the server can see that they came here.

/** Host names of the machine itself: development and the test suites, never a real visitor. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Lower case, without the trailing dot of a fully qualified name ("x.onion." is "x.onion"). */
function normalise(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '');
}

export function isOnionHost(hostname: string): boolean {
  const name = normalise(hostname);
  // A label, then .onion: ".onion" alone is no address.
  return /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.onion$/.test(name);
}

export function isLoopbackHost(hostname: string): boolean {
  const name = normalise(hostname);
  return LOOPBACK.has(name) || name.endsWith('.localhost');
}

/** True when the page should warn that it was not opened at an onion address. */
export function needsOnionWarning(hostname: string): boolean {
  return !isOnionHost(hostname) && !isLoopbackHost(hostname);
}
