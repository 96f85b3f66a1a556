// Strict security headers on every response, through @fastify/helmet plus the few headers
// helmet does not manage (Permissions-Policy, Cache-Control on the API), and the Tor-aware ones
// (Onion-Location on clearnet HTTPS pages, never HSTS on an onion host: onion-location.ts).
import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { isApiPath } from '../api-path';
import onionLocation from './onion-location';

export interface SecurityHeadersOptions {
  /** ONION_ADDRESS, when configured: clearnet HTTPS pages then carry an Onion-Location header. */
  readonly onionAddress?: string | undefined;
}

export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  // 'wasm-unsafe-eval' lets the prosecutor client compile libsodium's WebAssembly (Argon2id
  // and the fast primitives). It allows WebAssembly compilation only, not eval() of strings.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  // blob: and data: for previews of attachments decrypted in the browser.
  'img-src': ["'self'", 'blob:', 'data:'],
  'connect-src': ["'self'"],
  // blob: for workers the client builds at run time (crypto off the main thread).
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  // No upgrade-insecure-requests: onion services are plain http and must keep working.
};

// Every powerful feature is off. The one exception is clipboard-write for our own origin, so
// that a whistleblower can copy their case code with a button.
const deniedFeatures = [
  'accelerometer', 'ambient-light-sensor', 'attribution-reporting', 'autoplay', 'battery',
  'bluetooth', 'browsing-topics', 'camera', 'clipboard-read', 'compute-pressure',
  'display-capture', 'document-domain', 'encrypted-media', 'fullscreen', 'gamepad',
  'geolocation', 'gyroscope', 'hid', 'identity-credentials-get', 'idle-detection',
  'interest-cohort', 'join-ad-interest-group', 'local-fonts', 'magnetometer', 'microphone',
  'midi', 'otp-credentials', 'payment', 'picture-in-picture', 'private-state-token-issuance',
  'private-state-token-redemption', 'publickey-credentials-create', 'publickey-credentials-get',
  'run-ad-auction', 'screen-wake-lock', 'serial', 'speaker-selection', 'storage-access',
  'sync-xhr', 'usb', 'web-share', 'window-management', 'xr-spatial-tracking',
] as const;
export const PERMISSIONS_POLICY = [...deniedFeatures.map((feature) => `${feature}=()`), 'clipboard-write=(self)'].join(', ');

/**
 * The minimum for responses written outside the normal request lifecycle (malformed URLs are
 * answered before any hook runs). Those bodies are small JSON errors, so the policy is "none".
 */
export function applyBaselineSecurityHeaders(reply: FastifyReply): void {
  reply.headers({
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': PERMISSIONS_POLICY,
    'cache-control': 'no-store',
  });
}

async function securityHeaders(app: FastifyInstance, options: SecurityHeadersOptions): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: Object.fromEntries(Object.entries(CSP_DIRECTIVES).map(([name, values]) => [name, [...values]])),
    },
    crossOriginEmbedderPolicy: false,
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    originAgentCluster: true,
    referrerPolicy: { policy: 'no-referrer' },
    // Never HSTS from the app: a browser that pins HSTS for an onion host can no longer reach it
    // over http. A clearnet HTTPS copy gets HSTS from its TLS proxy (docs/DEPLOYMENT.md).
    strictTransportSecurity: false,
    xContentTypeOptions: true,
    xDnsPrefetchControl: { allow: false },
    xDownloadOptions: true,
    xFrameOptions: { action: 'deny' },
    xPermittedCrossDomainPolicies: { permittedPolicies: 'none' },
    xPoweredBy: true,
    xXssProtection: true,
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    // API answers are per-user and often secret (ciphertexts, challenges): never cached.
    if (isApiPath(request.url)) reply.header('cache-control', 'no-store');
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.removeHeader('server');
    reply.removeHeader('x-powered-by');
    return payload;
  });

  await app.register(onionLocation, { onionAddress: options.onionAddress });
}

export default fp(securityHeaders, { name: 'thicket-security-headers', fastify: '5.x' });
