// The emulated Tor link of the page-load benchmark (issue 6): Chrome DevTools Protocol throttling of
// one page, applied before it navigates. Chromium adds `latencyMs` once per request (between sending
// it and the response headers) and shares the bandwidth among the page's requests; it does not model
// TCP or TLS handshakes, so this is a kind Tor link, not a pessimistic one.
import type { CDPSession } from 'playwright-core';

export interface LinkConditions {
  readonly name: string;
  /** Round trip added to every request, in ms. */
  readonly latencyMs: number;
  readonly downloadBitsPerSecond: number;
  readonly uploadBitsPerSecond: number;
}

export const EMULATED_TOR_LINK: LinkConditions = {
  name: 'emulated Tor link (800 ms round trip, 1 Mbit/s down, 0.5 Mbit/s up)',
  latencyMs: 800,
  downloadBitsPerSecond: 1_000_000,
  uploadBitsPerSecond: 500_000,
};

/** Throttles the page behind `session` (CDP wants bytes per second). */
export async function applyLinkConditions(session: CDPSession, conditions: LinkConditions): Promise<void> {
  await session.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: conditions.latencyMs,
    downloadThroughput: conditions.downloadBitsPerSecond / 8,
    uploadThroughput: conditions.uploadBitsPerSecond / 8,
  });
}

/** Seconds the link needs to carry `bytes` downstream, ignoring latency. */
export function secondsToDownload(conditions: LinkConditions, bytes: number): number {
  return (bytes * 8) / conditions.downloadBitsPerSecond;
}
