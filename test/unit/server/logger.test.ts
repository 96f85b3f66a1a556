import { describe, expect, it } from 'vitest';
import { captureLog } from '../../helpers/app';
import { createLogger, serializeError, serializeRequest } from '../../../server/logger';

describe('log serializers', () => {
  it('keeps only the method and the route pattern of a request', () => {
    const request = {
      method: 'POST',
      url: '/api/cases/42?token=SECRETQ',
      ip: '203.0.113.77',
      headers: { 'user-agent': 'Canary-UA/9.9', cookie: 'a=b' },
      routeOptions: { url: '/api/cases/:id' },
      body: { tip: 'CANARY' },
    };
    expect(serializeRequest(request)).toEqual({ method: 'POST', route: '/api/cases/:id' });
  });

  it('drops the extra properties errors carry (raw packets, row values)', () => {
    const error = Object.assign(new Error('duplicate key'), {
      code: '23505',
      detail: 'Key (public_key)=(\\xdeadbeef) already exists.',
      rawPacket: Buffer.from('GET / HTTP/1.1\r\nUser-Agent: Canary-UA'),
    });
    const safe = serializeError(error);
    expect(Object.keys(safe).sort()).toEqual(['code', 'message', 'stack', 'type']);
    expect(JSON.stringify(safe)).not.toContain('deadbeef');
    expect(JSON.stringify(safe)).not.toContain('Canary-UA');
  });

  it('follows an error cause chain, sanitised the same way', () => {
    const cause = Object.assign(new Error('inner'), { detail: 'row value' });
    const safe = serializeError(new Error('outer', { cause }));
    expect(safe.cause?.message).toBe('inner');
    expect(JSON.stringify(safe)).not.toContain('row value');
  });
});

describe('createLogger', () => {
  it('removes sensitive keys even when code logs them directly', () => {
    const log = captureLog();
    const logger = createLogger('info', log.stream);
    logger.info(
      {
        headers: { 'user-agent': 'Canary-UA/9.9' },
        ip: '203.0.113.77',
        remoteAddress: '203.0.113.77',
        nested: { headers: { cookie: 'COOKIECANARY' }, body: 'BODYCANARY', url: '/x?token=SECRETQ' },
        kept: 'visible',
      },
      'direct log',
    );
    const text = log.text();
    expect(text).toContain('visible');
    for (const canary of ['Canary-UA', '203.0.113.77', 'COOKIECANARY', 'BODYCANARY', 'SECRETQ']) {
      expect(text).not.toContain(canary);
    }
  });

  it('writes no pid or hostname', () => {
    const log = captureLog();
    createLogger('info', log.stream).info('hello');
    const [entry] = log.entries();
    expect(entry).toBeDefined();
    expect(entry).not.toHaveProperty('pid');
    expect(entry).not.toHaveProperty('hostname');
  });
});
