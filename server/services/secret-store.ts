// The server's own MAC keys (docs/PROTOCOL.md §17), one per purpose, made from the CSPRNG on
// first use and kept in server_secrets so every instance behind the onion service agrees.
// Cached in memory once read: they never change while the server runs.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { SERVER_SECRET_BYTES, getOrCreateServerSecret } from '../repositories/server-secrets';

export const SECRET_NAMES = ['challenge-mac', 'case-session-mac', 'username-salt'] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

export interface SecretStore {
  /** The 32-byte secret called `name`, created on first use. */
  get(name: SecretName): Promise<Uint8Array>;
}

export function createSecretStore(db: Kysely<Database>): SecretStore {
  const cache = new Map<SecretName, Promise<Uint8Array>>();
  return {
    get(name) {
      let pending = cache.get(name);
      if (pending === undefined) {
        pending = getOrCreateServerSecret(db, name, new Uint8Array(randomBytes(SERVER_SECRET_BYTES)));
        // A failed read (database briefly down) must not stick: forget it so the next call retries.
        pending.catch(() => cache.delete(name));
        cache.set(name, pending);
      }
      return pending;
    },
  };
}
