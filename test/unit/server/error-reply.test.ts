import { describe, expect, it } from 'vitest';
import { HttpError } from '../../../server/errors';
import { summariseValidation, toErrorReply } from '../../../server/plugins/error-handler';

describe('toErrorReply', () => {
  it('passes an HttpError through with its status, code and message', () => {
    expect(toErrorReply(new HttpError(409, 'conflict', 'Case already exists'))).toEqual({
      status: 409,
      body: { error: { code: 'conflict', message: 'Case already exists' } },
    });
  });

  it('turns an unknown error into a bare 500 that says nothing of it', () => {
    const reply = toErrorReply(new Error('connect ECONNREFUSED 10.0.0.5:5432 password=hunter2'));
    expect(reply).toEqual({ status: 500, body: { error: { code: 'internal', message: 'Internal error' } } });
  });

  it('turns thrown non-errors into a 500', () => {
    expect(toErrorReply('a string').status).toBe(500);
    expect(toErrorReply(undefined).status).toBe(500);
  });

  it('never uses the message of a framework 4xx error (it can echo the request)', () => {
    const error = Object.assign(new Error("'/%zz<script>' is not a valid url component"), { statusCode: 400 });
    expect(toErrorReply(error)).toEqual({ status: 400, body: { error: { code: 'bad_request', message: 'Bad request' } } });
  });

  it('maps framework error codes to stable codes', () => {
    const cases: [string, number, string][] = [
      ['FST_ERR_CTP_INVALID_JSON_BODY', 400, 'invalid_json'],
      ['FST_ERR_CTP_EMPTY_JSON_BODY', 400, 'invalid_json'],
      ['FST_ERR_CTP_BODY_TOO_LARGE', 413, 'payload_too_large'],
      ['FST_ERR_CTP_INVALID_MEDIA_TYPE', 415, 'unsupported_media_type'],
      ['FST_ERR_BAD_URL', 400, 'bad_request'],
    ];
    for (const [code, status, errorCode] of cases) {
      const reply = toErrorReply(Object.assign(new Error('detail'), { code, statusCode: status }));
      expect(reply.status).toBe(status);
      expect(reply.body.error.code).toBe(errorCode);
    }
  });

  it('treats a 5xx framework error as internal', () => {
    const reply = toErrorReply(Object.assign(new Error('serializer failed on field secret'), { statusCode: 500, code: 'FST_ERR_RESPONSE_SERIALIZATION' }));
    expect(reply).toEqual({ status: 500, body: { error: { code: 'internal', message: 'Internal error' } } });
  });
});

describe('summariseValidation', () => {
  it('names the paths and issue codes, not the values', () => {
    const message = summariseValidation('body', [
      { instancePath: '/name', keyword: 'invalid_type' },
      { instancePath: '/tags/0', keyword: 'too_big' },
    ]);
    expect(message).toBe('Invalid body: name (invalid_type), tags.0 (too_big)');
  });

  it('masks path segments chosen by the client', () => {
    const message = summariseValidation('body', [{ instancePath: '/answers/<img src=x onerror=alert(1)>', keyword: 'invalid_type' }]);
    expect(message).toBe('Invalid body: answers.* (invalid_type)');
  });

  it('describes an error on the whole input as (root)', () => {
    expect(summariseValidation('querystring', [{ instancePath: '', keyword: 'invalid_type' }])).toBe('Invalid query: (root) (invalid_type)');
  });

  it('caps long lists', () => {
    const issues = Array.from({ length: 25 }, (_, index) => ({ instancePath: `/field${String(index)}`, keyword: 'invalid_type' }));
    expect(summariseValidation('body', issues)).toMatch(/and 15 more$/);
  });
});

describe('HttpError', () => {
  it('refuses a status that is not an error status', () => {
    expect(() => new HttpError(200, 'bad_request', 'x')).toThrow(RangeError);
    expect(() => new HttpError(600, 'bad_request', 'x')).toThrow(RangeError);
  });
});
