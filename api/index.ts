// The HTTP API contract shared by server/ and client/: routes, request and response schemas (zod).
export * from './common';
export * from './directory';
export * from './cases';
export * from './members';
export * from './admin';
export * from './prosecutor';
export * from './routes';
export * from './content';
export * from './files';
export * from './errors';
