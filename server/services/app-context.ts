// What every route area shares: the database, the clock, the server's own secrets and keys.
// Built once per app (app.ts); tests inject a clock to travel in time.
import type { Kysely } from 'kysely';
import { fromBase64Url } from '../../crypto/index';
import type { AppConfig } from '../app';
import type { FilesConfig } from '../config';
import type { FileStorage } from '../storage/file-storage';
import type { Clock } from '../db/day';
import { utcDay } from '../db/day';
import type { Database, Day } from '../db/schema';
import { UnknownUserThrottle } from '../auth/login-throttle';
import { createReceiptSigner } from './receipt-signer';
import type { ReceiptSigner } from './receipt-signer';
import { createSecretStore } from './secret-store';
import type { SecretStore } from './secret-store';

export interface AppContext {
  readonly db: Kysely<Database>;
  readonly clock: Clock;
  readonly secrets: SecretStore;
  readonly receipts: ReceiptSigner;
  /** The instance root key (ROOT_PUBLIC_KEY), when the operator has configured it. */
  readonly rootPublicKey: Uint8Array | undefined;
  /** Failed logins for usernames that have no account, so they lock like real ones. */
  readonly unknownUserThrottle: UnknownUserThrottle;
  /** Evidence files: limits and where the encrypted bytes are stored. */
  readonly files: FilesConfig;
  readonly storage: FileStorage;
}

export function createAppContext(db: Kysely<Database>, config: AppConfig, clock: Clock, files: FilesConfig, storage: FileStorage): AppContext {
  const root = config.rootPublicKey;
  return {
    files,
    storage,
    db,
    clock,
    secrets: createSecretStore(db),
    receipts: createReceiptSigner(db),
    rootPublicKey: root === undefined ? undefined : fromBase64Url(root, 32),
    unknownUserThrottle: new UnknownUserThrottle(),
  };
}

/** Unix time in whole seconds. */
export function nowSeconds(clock: Clock): number {
  return Math.floor(clock().getTime() / 1000);
}

/** Today, UTC: the finest time stored for anything a whistleblower does. */
export function todayUtc(clock: Clock): Day {
  return utcDay(clock());
}
