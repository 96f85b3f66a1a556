// The contract between the server and the no-JavaScript renderer (Tor Browser "Safest",
// docs/PROTOCOL.md §20). The renderer is the whistleblower app's own code, built for Node
// (vite.nojs.config.ts → dist/nojs/entry-server.js): the same components, translations, checks
// and crypto as in the browser. The server loads it at start-up, hands it each posted form, and
// gives it one way to reach the API: requests answered in process by the same routes a browser
// calls, so the renderer gets nothing a browser would not.

/** The pages of the no-JavaScript whistleblower side, under /nojs/. */
export const NO_JS_PAGES = ['start', 'report', 'write', 'send', 'sent', 'return', 'case'] as const;
export type NoJsPage = (typeof NO_JS_PAGES)[number];

/** Posted (or query) fields: every value of every name, in order. */
export type NoJsFields = Readonly<Record<string, readonly string[]>>;

/**
 * Evidence files posted with a form (multipart/form-data). They are held in memory, and the whole
 * form must arrive within the server's request timeout (two minutes), so the limits are small.
 */
export const NO_JS_FILE_LIMITS = { maxFiles: 10, maxTotalBytes: 16 * 1024 * 1024 } as const;

export interface NoJsFile {
  readonly name: string;
  /** The MIME type the browser gave ('' when none). */
  readonly type: string;
  readonly bytes: Uint8Array;
}

export interface NoJsRequest {
  readonly page: NoJsPage;
  /** The query string's fields (`lang`, chosen agencies). */
  readonly query: NoJsFields;
  /** The posted form's fields; empty for a GET. */
  readonly form: NoJsFields;
  /** Files posted with the form (none for a GET or a form without files). */
  readonly files: readonly NoJsFile[];
  /** The posted files were over NO_JS_FILE_LIMITS: none were kept, the page says so. */
  readonly filesRefused: boolean;
  /** The host the page was asked for, only to warn when it is not an onion address. */
  readonly hostname: string;
}

export interface NoJsResponse {
  readonly status: number;
  /** A whole HTML document. */
  readonly html: string;
  /**
   * The case (base64url id) whose tip or answer this request encrypted on the server: the server
   * flags it for the prosecutors. Absent when nothing was encrypted.
   */
  readonly encryptedCaseId?: string;
}

/** Answers one API request in process (method, same-origin path, headers, JSON body). */
export type NoJsFetch = (
  path: string,
  init: { readonly method: string; readonly headers: Readonly<Record<string, string>>; readonly body?: string | Uint8Array },
) => Promise<Response>;

export interface NoJsRendererOptions {
  readonly fetch: NoJsFetch;
  /** ROOT_PUBLIC_KEY: the key built into the browser app, that every agency must chain to. */
  readonly rootPublicKey: string;
  /** The whistleblower app's built style sheets (same-origin paths). */
  readonly stylesheets: readonly string[];
}

export interface NoJsRenderer {
  handle(request: NoJsRequest): Promise<NoJsResponse>;
}

/** What dist/nojs/entry-server.js exports. */
export interface NoJsModule {
  createNoJsRenderer(options: NoJsRendererOptions): Promise<NoJsRenderer>;
}
