// What an instance keeps at rest, searched for plaintext: every table of the database dumped as
// text (byte columns as latin1, so raw bytes can be found in them), and every file under a folder
// searched as a stream (large encrypted uploads are never read whole into memory).
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../server/db/schema';

export interface Needle {
  /** What it is, for the failure message (never the secret itself). */
  readonly label: string;
  readonly bytes: Buffer;
}

export function needle(label: string, value: string | Buffer): Needle {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
  if (bytes.length < 8) throw new Error(`needle "${label}" is too short to mean anything`);
  return { label, bytes };
}

/** Every table of the public schema, one JSON line each, byte values as latin1 text. */
export async function dumpTables(db: Kysely<Database>): Promise<{ text: string; tables: string[] }> {
  const { rows } = await sql<{ table_name: string }>`
    select table_name from information_schema.tables where table_schema = 'public' order by table_name`.execute(db);
  let text = '';
  for (const { table_name } of rows) {
    const { rows: content } = await sql<Record<string, unknown>>`select * from ${sql.table(table_name)}`.execute(db);
    text += `${table_name}\n${JSON.stringify(content, (_key, value: unknown) => (value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : value))}\n`;
  }
  return { text, tables: rows.map((row) => row.table_name) };
}

/** Labels of the needles found in `text` (latin1 bytes compared, so raw byte needles work too). */
export function foundInText(text: string, needles: readonly Needle[]): string[] {
  const bytes = Buffer.from(text, 'latin1');
  const utf8 = Buffer.from(text, 'utf8');
  return needles.filter((item) => bytes.includes(item.bytes) || utf8.includes(item.bytes)).map((item) => item.label);
}

export interface FolderSearch {
  readonly files: number;
  readonly bytes: number;
  /** "label in relative/path" for each needle found. */
  readonly hits: string[];
}

/** Searches every file under `folder`, streamed in 1 MiB pieces with an overlap so no match is split. */
export async function searchFolder(folder: string, needles: readonly Needle[]): Promise<FolderSearch> {
  const overlap = Math.max(...needles.map((item) => item.bytes.length)) - 1;
  const hits: string[] = [];
  let files = 0;
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    const path = join(entry.parentPath, entry.name);
    const found = new Set<string>();
    let tail = Buffer.alloc(0);
    for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
      const piece = chunk as Buffer;
      total += piece.length;
      const window = Buffer.concat([tail, piece]);
      for (const item of needles) if (window.includes(item.bytes)) found.add(item.label);
      tail = Buffer.from(window.subarray(Math.max(0, window.length - overlap)));
    }
    for (const label of found) hits.push(`${label} in ${path.slice(folder.length + 1)}`);
  }
  return { files, bytes: total, hits };
}
