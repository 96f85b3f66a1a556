// The whistleblower pages without JavaScript (Tor Browser "Safest"; docs/PROTOCOL.md §20), under
// /nojs/. The pages come from the renderer built from the whistleblower app (api/no-js.ts,
// dist/nojs): this plugin reads the posted form, hands it over with a way to call the API in
// process (the very routes a browser calls), sends back the page, and flags a case whose tip or
// answer was encrypted here. Posted text is plaintext by nature: it is never logged, and an error
// while handling it is logged by its type only.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import type { Kysely } from 'kysely';
import pLimit from 'p-limit';
import { z } from 'zod';
import { NO_JS_FILE_LIMITS, NO_JS_PAGES, type NoJsFetch, type NoJsFields, type NoJsFile, type NoJsModule, type NoJsPage, type NoJsRenderer } from '../../api/no-js';
import { fromBase64Url } from '../../crypto/index';
import type { Database } from '../db/schema';
import { HttpError } from '../errors';
import { markCaseEncryptedOnServer } from '../repositories/cases';

export interface NoJsOptions {
  readonly db: Kysely<Database>;
  readonly clientDir: string;
  readonly noJsDir: string;
  readonly rootPublicKey: string;
}

/**
 * How many forms with files are handled at once (each holds up to NO_JS_FILE_LIMITS in memory until
 * its page is made). Others wait their turn, their bytes held back by TCP, so many posts at once
 * cannot exhaust the memory.
 */
export const NO_JS_FILE_FORMS_AT_ONCE = 4;

/** The largest form a page posts: the report form at its limits is about 120 KB encoded. */
export const NO_JS_BODY_LIMIT = 512 * 1024;

const fieldName = z.string().min(1).max(64);
const fieldValues = z.array(z.string().max(60_000)).max(40);
const fields = z.record(fieldName, fieldValues).refine((record) => Object.keys(record).length <= 120, 'too many fields');
const queryValue = z.union([z.string().max(200), z.array(z.string().max(200)).max(40)]);
const query = z.record(z.string().max(64), queryValue);

/**
 * application/x-www-form-urlencoded, every value of every name in order. A Map first, so a field
 * named like an Object member (__proto__, toString) is just a field. Browsers send a text area's
 * line breaks as CRLF: they are counted as one character, as in the browser app.
 */
export function parseForm(body: string): Record<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [name, value] of new URLSearchParams(body)) addField(found, name, value);
  return Object.fromEntries(found);
}

function addField(found: Map<string, string[]>, name: string, value: string): void {
  const values = found.get(name) ?? [];
  values.push(value.replace(/\r\n?/g, '\n'));
  found.set(name, values);
}

interface PostedForm {
  readonly form: unknown;
  readonly files: readonly NoJsFile[];
  readonly filesRefused: boolean;
}

/**
 * A form with files (multipart/form-data), in memory: the fields, and the files unless they are
 * over NO_JS_FILE_LIMITS (then none is kept, and the page says so). A browser sends the fields in
 * page order, the files last, so whatever was typed is read even when the files are refused.
 */
async function readMultipart(request: FastifyRequest): Promise<PostedForm> {
  const found = new Map<string, string[]>();
  const files: NoJsFile[] = [];
  let total = 0;
  let refused = false;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (typeof part.value === 'string') addField(found, part.fieldname, part.value);
        continue;
      }
      const bytes = await part.toBuffer();
      // An empty file box still sends a part, with no name and no bytes.
      if (part.filename === '' && bytes.length === 0) continue;
      total += bytes.length;
      if (part.file.truncated || total > NO_JS_FILE_LIMITS.maxTotalBytes || files.length >= NO_JS_FILE_LIMITS.maxFiles) refused = true;
      if (!refused) files.push({ name: part.filename, type: part.mimetype, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    }
  } catch {
    // Over a multipart limit (too many parts or files): what was read so far stands, no file does.
    refused = true;
  }
  return { form: Object.fromEntries(found), files: refused ? [] : files, filesRefused: refused };
}

function queryFields(raw: z.infer<typeof query>): NoJsFields {
  return Object.fromEntries(Object.entries(raw).map(([name, value]) => [name, typeof value === 'string' ? [value] : value]));
}

/** The style sheets the whistleblower app's built page links (the pages without JavaScript look the same). */
async function stylesheetsOf(clientDir: string): Promise<string[]> {
  const index = join(clientDir, 'index.html');
  if (!existsSync(index)) return [];
  const html = await readFile(index, 'utf8');
  return [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].flatMap((tag) => {
    const href = /\bhref="(\/[^"]*)"/.exec(tag[0])?.[1];
    return href === undefined ? [] : [href];
  });
}

const INJECTED_METHODS: readonly HTTPMethods[] = ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE'];

function injectedMethod(method: string): HTTPMethods {
  const found = INJECTED_METHODS.find((known) => known === method.toUpperCase());
  if (found === undefined) throw new Error(`no-JavaScript renderer: unexpected method ${method}`);
  return found;
}

/** What a person gets when a page could not be made: plain, and it names nothing they wrote. */
const FAILED_PAGE = `<!doctype html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer"><title>Thicket</title></head>
<body><main><h1>This page could not be made</h1><p>Something went wrong on the server. What you sent was not kept. Go back and try again, or <a href="/nojs/">start again</a>.</p></main></body></html>
`;

function isNoJsModule(value: unknown): value is NoJsModule {
  return typeof value === 'object' && value !== null && 'createNoJsRenderer' in value && typeof value.createNoJsRenderer === 'function';
}

async function loadRenderer(app: FastifyInstance, options: NoJsOptions): Promise<NoJsRenderer | null> {
  const entry = resolve(options.noJsDir, 'entry-server.js');
  if (!existsSync(entry)) {
    app.log.warn('the no-JavaScript pages are not built (npm run build makes dist/nojs): /nojs/ answers 503');
    return null;
  }
  const loaded: unknown = await import(pathToFileURL(entry).href);
  if (!isNoJsModule(loaded)) throw new Error(`${entry} is not the no-JavaScript renderer`);
  // Requests of the renderer go into this app in process: the same routes, hooks and checks.
  const fetch: NoJsFetch = async (path, init) => {
    const response = await app.inject({
      method: injectedMethod(init.method),
      url: path,
      headers: init.headers,
      ...(init.body === undefined ? {} : { payload: typeof init.body === 'string' ? init.body : Buffer.from(init.body) }),
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (typeof value === 'string') headers.set(name, value);
      else if (typeof value === 'number') headers.set(name, String(value));
    }
    return new Response(response.statusCode === 204 ? null : response.body, { status: response.statusCode, headers });
  };
  return loaded.createNoJsRenderer({ fetch, rootPublicKey: options.rootPublicKey, stylesheets: await stylesheetsOf(options.clientDir) });
}

export default async function noJsPages(app: FastifyInstance, options: NoJsOptions): Promise<void> {
  // Only here: the API itself takes JSON alone (app.ts), so forms from other sites cannot reach it.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: NO_JS_BODY_LIMIT }, (_request, body, done) => {
    done(null, parseForm(typeof body === 'string' ? body : body.toString('utf8')));
  });

  // Forms with files; only here as well. The limits stop reading early; readMultipart says what was too much.
  await app.register(multipart, {
    throwFileSizeLimit: false,
    limits: {
      fieldNameSize: 64,
      fieldSize: 60_000,
      fields: 200,
      fileSize: NO_JS_FILE_LIMITS.maxTotalBytes,
      files: NO_JS_FILE_LIMITS.maxFiles + 1,
      parts: 260,
      headerPairs: 20,
    },
  });

  const fileForms = pLimit(NO_JS_FILE_FORMS_AT_ONCE);
  let renderer: NoJsRenderer | null = null;
  app.addHook('onReady', async () => {
    renderer = await loadRenderer(app, options);
  });

  const answer = async (page: NoJsPage, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    reply.header('cache-control', 'no-store');
    const current = renderer;
    if (current === null) {
      return reply.code(503).type('text/plain; charset=utf-8').send('The pages without JavaScript are not built on this server.');
    }
    // A form with files holds its files in memory until its page is made: a few at a time.
    if (request.isMultipart()) return fileForms(async () => render(current, page, await readMultipart(request), request, reply));
    return render(current, page, { form: request.body ?? {}, files: [], filesRefused: false }, request, reply);
  };

  const render = async (current: NoJsRenderer, page: NoJsPage, posted: PostedForm, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const parsedQuery = query.safeParse(request.query);
    const parsedForm = fields.safeParse(posted.form);
    if (!parsedQuery.success || !parsedForm.success) throw new HttpError(400, 'bad_request', 'The form could not be read.');
    let response;
    try {
      response = await current.handle({
        page,
        query: queryFields(parsedQuery.data),
        form: parsedForm.data,
        files: posted.files,
        filesRefused: posted.filesRefused,
        hostname: request.hostname,
      });
    } catch (error) {
      // Never the message: it could quote what the person wrote.
      request.log.error({ errorType: error instanceof Error ? error.constructor.name : typeof error }, 'no-JavaScript page failed');
      return reply.code(500).type('text/html; charset=utf-8').send(FAILED_PAGE);
    }
    if (response.encryptedCaseId !== undefined) {
      try {
        await markCaseEncryptedOnServer(options.db, fromBase64Url(response.encryptedCaseId, 32));
      } catch (error) {
        // The tip is stored and the person must see their code: the missing flag is logged.
        request.log.error({ err: error }, 'could not flag a case encrypted on the server');
      }
    }
    return reply.code(response.status).type('text/html; charset=utf-8').send(response.html);
  };

  const gets: readonly [string, NoJsPage][] = [
    ['/nojs', 'start'],
    ['/nojs/', 'start'],
    ['/nojs/report', 'report'],
    ['/nojs/write', 'write'],
    ['/nojs/sent', 'sent'],
    ['/nojs/return', 'return'],
  ];
  for (const [url, page] of gets) app.get(url, (request, reply) => answer(page, request, reply));
  const posts: readonly [string, NoJsPage][] = [
    ['/nojs/write', 'send'],
    ['/nojs/case', 'case'],
  ];
  // bodyLimit bounds a form without files; a form with files is read as a stream, bounded by the multipart limits above.
  for (const [url, page] of posts) app.post(url, { bodyLimit: NO_JS_BODY_LIMIT }, (request, reply) => answer(page, request, reply));
  // Every page of api/no-js.ts has its route: a page without one stops the server at start-up.
  const routed = new Set([...gets, ...posts].map(([, page]) => page));
  const missing = NO_JS_PAGES.filter((page) => !routed.has(page));
  if (missing.length > 0) throw new Error(`no route for the no-JavaScript pages ${missing.join(', ')}`);
}
