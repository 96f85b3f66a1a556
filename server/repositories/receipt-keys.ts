// The server's Ed25519 receipt-signing keys. The newest key is the active one; older keys stay
// so that receipts signed with them remain verifiable.
import type { Kysely } from 'kysely';
import { today } from '../db/day';
import type { Clock } from '../db/day';
import type { Database, Day, ReceiptKeyRow } from '../db/schema';

export const RECEIPT_PUBLIC_KEY_BYTES = 32;
export const RECEIPT_SECRET_KEY_BYTES = 64;

export interface ReceiptKey {
  readonly id: number;
  readonly publicKey: Uint8Array;
  readonly secretKey: Uint8Array;
  readonly createdOn: Day;
}

export interface NewReceiptKey {
  readonly publicKey: Uint8Array;
  readonly secretKey: Uint8Array;
}

function toReceiptKey(row: ReceiptKeyRow): ReceiptKey {
  // Copy into plain Uint8Arrays: pg hands out Buffers that may share a pooled allocation.
  return {
    id: row.id,
    publicKey: Uint8Array.from(row.public_key),
    secretKey: Uint8Array.from(row.secret_key),
    createdOn: row.created_on,
  };
}

/** The key to sign new receipts with, or undefined when none has been made yet. */
export async function getActiveReceiptKey(db: Kysely<Database>): Promise<ReceiptKey | undefined> {
  const row = await db.selectFrom('receipt_keys').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row === undefined ? undefined : toReceiptKey(row);
}

export async function insertReceiptKey(
  db: Kysely<Database>,
  key: NewReceiptKey,
  options: { readonly clock?: Clock } = {},
): Promise<ReceiptKey> {
  if (key.publicKey.length !== RECEIPT_PUBLIC_KEY_BYTES) {
    throw new RangeError(`receipt public key must be ${String(RECEIPT_PUBLIC_KEY_BYTES)} bytes`);
  }
  if (key.secretKey.length !== RECEIPT_SECRET_KEY_BYTES) {
    throw new RangeError(`receipt secret key must be ${String(RECEIPT_SECRET_KEY_BYTES)} bytes`);
  }
  const row = await db
    .insertInto('receipt_keys')
    .values({ public_key: key.publicKey, secret_key: key.secretKey, created_on: today(options.clock) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toReceiptKey(row);
}
