// Builds the real app for a test, on a real test database, with its log captured in memory.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { buildApp } from '../../server/app';
import type { App } from '../../server/app';
import type { LogLevel } from '../../server/config';
import type { TestDatabase } from './database';

export interface CapturedLog {
  readonly stream: Writable;
  /** Everything written so far. */
  text(): string;
  /** Each line parsed as JSON. */
  entries(): Record<string, unknown>[];
}

export function captureLog(): CapturedLog {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback): void {
      chunks.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      callback();
    },
  });
  const text = (): string => chunks.join('');
  return {
    stream,
    text,
    entries: () => text().split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

export interface ClientFixture {
  readonly dir: string;
  remove(): void;
}

/** A stand-in for a built client: two apps (root and /prosecutor/), a hashed asset, an unhashed file. */
export function makeClientFixture(): ClientFixture {
  const dir = mkdtempSync(join(tmpdir(), 'thicket-client-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><title>Thicket</title><script type="module" src="/assets/index-3f2a9c1b.js"></script></head><body></body></html>\n');
  writeFileSync(join(dir, 'assets', 'index-3f2a9c1b.js'), 'export {};\n');
  mkdirSync(join(dir, 'prosecutor'));
  writeFileSync(join(dir, 'prosecutor', 'index.html'), '<!doctype html><html><head><title>Thicket prosecutor</title></head><body></body></html>\n');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>\n');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestAppOptions {
  readonly database: TestDatabase;
  /** Defaults to a folder that does not exist (client not built). */
  readonly clientDir?: string;
  readonly logLevel?: LogLevel;
  readonly log?: CapturedLog;
}

export function buildTestApp(options: TestAppOptions): App {
  return buildApp(
    { logLevel: options.logLevel ?? 'trace', clientDir: options.clientDir ?? join(tmpdir(), 'thicket-no-client-here') },
    { db: options.database.db, dbKind: options.database.kind, logStream: (options.log ?? captureLog()).stream },
  );
}
