// Signs submission receipts (docs/PROTOCOL.md §9) with the server's Ed25519 receipt key, made
// from the CSPRNG on first use. The newest key in receipt_keys is the active one.
import type { Kysely } from 'kysely';
import { encodeReceipt, generateSigningKeyPair, signReceipt } from '../../crypto/index';
import type { Database, Day } from '../db/schema';
import { getActiveReceiptKey, insertReceiptKey } from '../repositories/receipt-keys';
import type { ReceiptKey } from '../repositories/receipt-keys';

export interface ReceiptSigner {
  /** encodeReceipt() text for the tip envelope submitted by the case key on `day`. */
  sign(input: { readonly casePublicKey: Uint8Array; readonly tipEnvelope: Uint8Array; readonly day: Day }): Promise<string>;
}

export function createReceiptSigner(db: Kysely<Database>): ReceiptSigner {
  let creating: Promise<void> | undefined;

  /** A fresh copy of the active key on every call (the caller wipes its secret half). */
  async function activeKey(): Promise<ReceiptKey> {
    const existing = await getActiveReceiptKey(db);
    if (existing !== undefined) return existing;
    // One creation at a time in this process; another instance racing us only adds a second
    // valid key (the newest becomes active, receipts signed by either stay verifiable).
    creating ??= (async () => {
      const pair = generateSigningKeyPair();
      await insertReceiptKey(db, { publicKey: pair.publicKey, secretKey: pair.secretKey });
      pair.secretKey.fill(0);
    })().finally(() => {
      creating = undefined;
    });
    await creating;
    const created = await getActiveReceiptKey(db);
    if (created === undefined) throw new Error('receipt key missing right after it was created');
    return created;
  }

  return {
    async sign(input) {
      const key = await activeKey();
      try {
        return encodeReceipt(signReceipt({ casePublicKey: input.casePublicKey, tipCiphertext: input.tipEnvelope, day: input.day }, key.secretKey));
      } finally {
        key.secretKey.fill(0);
      }
    },
  };
}
