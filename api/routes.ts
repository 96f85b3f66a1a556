// Every HTTP route of the API, with who may call it. The server registers exactly these (a test
// fails on a route missing here), the clients call them through these entries, and the
// authorization-matrix test is generated from this table.
export type Caller =
  /** Anyone, no session. */
  | 'public'
  /** A whistleblower holding a case session (bearer token from POST /api/case-sessions). */
  | 'case'
  /** Any logged-in agency member, active or pending. */
  | 'member'
  /** An active agency admin. */
  | 'admin'
  /** An active prosecutor. */
  | 'prosecutor'
  /** A case session or an active prosecutor (file uploads: the case is checked per upload). */
  | 'uploader';

export interface RouteSpec {
  readonly method: 'GET' | 'POST' | 'HEAD' | 'PATCH' | 'DELETE';
  /** Fastify URL pattern, with the /api prefix. */
  readonly url: string;
  readonly caller: Caller;
}

export const ROUTES = {
  health: { method: 'GET', url: '/api/health', caller: 'public' },
  directory: { method: 'GET', url: '/api/directory', caller: 'public' },
  createCase: { method: 'POST', url: '/api/cases', caller: 'public' },
  challenge: { method: 'POST', url: '/api/case-sessions/challenge', caller: 'public' },
  openSession: { method: 'POST', url: '/api/case-sessions', caller: 'public' },
  caseView: { method: 'GET', url: '/api/case', caller: 'case' },
  postCaseMessage: { method: 'POST', url: '/api/case/messages', caller: 'case' },
  invite: { method: 'GET', url: '/api/invites/:token', caller: 'public' },
  enroll: { method: 'POST', url: '/api/enroll', caller: 'public' },
  authParams: { method: 'POST', url: '/api/auth/params', caller: 'public' },
  login: { method: 'POST', url: '/api/auth/login', caller: 'public' },
  logout: { method: 'POST', url: '/api/auth/logout', caller: 'member' },
  me: { method: 'GET', url: '/api/me', caller: 'member' },
  adminMembers: { method: 'GET', url: '/api/admin/members', caller: 'admin' },
  approveMember: { method: 'POST', url: '/api/admin/members/:memberId/approve', caller: 'admin' },
  rejectMember: { method: 'POST', url: '/api/admin/members/:memberId/reject', caller: 'admin' },
  inbox: { method: 'GET', url: '/api/prosecutor/cases', caller: 'prosecutor' },
  prosecutorCase: { method: 'GET', url: '/api/prosecutor/cases/:caseId', caller: 'prosecutor' },
  postProsecutorMessage: { method: 'POST', url: '/api/prosecutor/cases/:caseId/messages', caller: 'prosecutor' },
  setStatus: { method: 'POST', url: '/api/prosecutor/cases/:caseId/status', caller: 'prosecutor' },
  uploadLimits: { method: 'GET', url: '/api/upload-limits', caller: 'public' },
  caseFile: { method: 'GET', url: '/api/case/files/:fileId', caller: 'case' },
  prosecutorFile: { method: 'GET', url: '/api/prosecutor/cases/:caseId/files/:fileId', caller: 'prosecutor' },
  // tus 1.0.0 (core, creation, termination): bodies are raw bytes, answers are headers.
  createUpload: { method: 'POST', url: '/api/uploads', caller: 'uploader' },
  uploadOffset: { method: 'HEAD', url: '/api/uploads/:uploadId', caller: 'uploader' },
  uploadChunk: { method: 'PATCH', url: '/api/uploads/:uploadId', caller: 'uploader' },
  cancelUpload: { method: 'DELETE', url: '/api/uploads/:uploadId', caller: 'uploader' },
} as const satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof ROUTES;

/** Fills a URL pattern's :params. */
export function routePath(url: string, params: Readonly<Record<string, string>> = {}): string {
  return url.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing route parameter ${name}`);
    return encodeURIComponent(value);
  });
}
