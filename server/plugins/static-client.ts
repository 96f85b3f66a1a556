// Serves the built client (Vite output in CLIENT_DIR). Browser navigations to client routes
// (GET, Accept: text/html, not under /api) get the index.html of the app they belong to, so
// each single-page app can route: /prosecutor/... gets prosecutor/index.html, the rest the
// whistleblower's index.html at the root.
// Hashed files under /assets/ are immutable and cached for a year; HTML is never cached, so a
// fixed client reaches everyone on their next visit.
// The build writes a brotli (.br) and a gzip (.gz) copy beside every text file (vite-precompress.ts);
// they are sent as they are to a browser that asks for that encoding (Accept-Encoding, with
// Vary: Accept-Encoding and the Content-Type of the file itself), the file itself otherwise. The
// copies are never served under their own names.
import { existsSync, readdirSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isApiPath } from '../api-path';

export interface StaticClientOptions {
  readonly clientDir: string;
}

export const CLIENT_NOT_BUILT = 'client not built: run npm run build';

function acceptsHtml(request: FastifyRequest): boolean {
  const accept = request.headers.accept;
  if (typeof accept !== 'string') return false;
  return accept.split(',').some((range) => range.split(';')[0]?.trim().toLowerCase() === 'text/html');
}

function isSpaNavigation(request: FastifyRequest): boolean {
  return !isApiPath(request.url) && acceptsHtml(request);
}

/** The extensions of the pre-compressed copies, which @fastify/static picks by Accept-Encoding. */
const COMPRESSED_COPY = /\.(?:br|gz)$/;

function cacheControlFor(root: string, filePath: string): string {
  // The file a compressed copy stands for decides (index.html.br is HTML).
  const path = relative(root, filePath).split(sep).join('/').replace(COMPRESSED_COPY, '');
  if (path.startsWith('assets/')) return 'public, max-age=31536000, immutable';
  if (path.endsWith('.html')) return 'no-store';
  // Unhashed files (favicon, manifest): may be stored, but revalidated every time.
  return 'no-cache';
}

/**
 * URL prefixes that have their own index.html (the root and each app folder, one level deep),
 * longest first so the most specific app wins.
 */
function findAppRoots(root: string): string[] {
  const prefixes = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'assets' && !entry.name.startsWith('.'))
    .filter((entry) => existsSync(resolve(root, entry.name, 'index.html')))
    .map((entry) => `/${entry.name}`);
  return prefixes.sort((a, b) => b.length - a.length);
}

function indexFor(appRoots: readonly string[], rawUrl: string): string {
  const path = rawUrl.split('?')[0] ?? '/';
  const app = appRoots.find((prefix) => path === prefix || path.startsWith(`${prefix}/`));
  return app === undefined ? 'index.html' : `${app.slice(1)}/index.html`;
}

function answerNotBuilt(reply: FastifyReply): FastifyReply {
  return reply.code(503).header('content-type', 'text/plain; charset=utf-8').header('cache-control', 'no-store').send(`${CLIENT_NOT_BUILT}\n`);
}

export default async function staticClient(app: FastifyInstance, options: StaticClientOptions): Promise<void> {
  const root = resolve(options.clientDir);

  if (!existsSync(resolve(root, 'index.html'))) {
    app.log.warn({ clientDir: options.clientDir }, CLIENT_NOT_BUILT);
    app.get('/', (_request, reply) => answerNotBuilt(reply));
    app.get('/*', (request, reply) => (isSpaNavigation(request) ? answerNotBuilt(reply) : reply.callNotFound()));
    return;
  }

  await app.register(fastifyStatic, {
    root,
    // One route per file found at start-up, rather than a wildcard that touches the disk for
    // every unknown path. The client is rebuilt only with a restart anyway.
    wildcard: false,
    index: ['index.html'],
    serveDotFiles: false,
    dotfiles: 'ignore',
    redirect: false,
    list: false,
    cacheControl: false,
    preCompressed: true,
    // No route of its own for a compressed copy: /assets/x.js.gz is not a file of the app.
    globIgnore: ['**/*.br', '**/*.gz'],
    setHeaders: (reply, filePath) => {
      reply.header('cache-control', cacheControlFor(root, filePath));
    },
  });

  const appRoots = findAppRoots(root);
  app.get('/*', (request, reply) =>
    isSpaNavigation(request) ? reply.sendFile(indexFor(appRoots, request.url)) : reply.callNotFound(),
  );
}
