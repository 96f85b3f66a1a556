// What the case page shows, as plain data: only verified, decrypted content. Built by the
// case services from the server's answer; rendered by pure components.
import type { CaseStatus, FileManifestEntryV1, TipContent } from '../../../api/index';
import type { Message } from '../../shared/i18n/message';

/** One file named by a files message, and whether the server holds it for this case. */
export interface ThreadFile {
  readonly entry: FileManifestEntryV1;
  /** False when the case view does not list it: it has not arrived (or is gone). */
  readonly arrived: boolean;
}

export type ThreadItem =
  | {
      readonly seq: number;
      readonly kind: 'message';
      readonly author: 'you' | 'prosecutor';
      /** Agency of a prosecutor author (from their verified certificate). */
      readonly agencyName: string | null;
      readonly text: string;
    }
  | {
      readonly seq: number;
      readonly kind: 'status';
      readonly author: 'prosecutor';
      readonly agencyName: string | null;
      readonly status: CaseStatus;
    }
  | {
      readonly seq: number;
      readonly kind: 'files';
      readonly author: 'you' | 'prosecutor';
      readonly agencyName: string | null;
      /** The note sent with the files, if any. */
      readonly note: string | null;
      readonly files: readonly ThreadFile[];
    };

export interface CaseSnapshot {
  /**
   * The latest status signed by a verified prosecutor, else 'new'; null when the case failed its
   * first checks (no thread could be read), since nothing signed says what the status is.
   */
  readonly status: CaseStatus | null;
  readonly createdOn: string;
  /** The tip (message 0), when it verified. */
  readonly tip: TipContent | null;
  /** Messages after the tip, in order; only those before any break in the chain. */
  readonly thread: readonly ThreadItem[];
  /** How many messages verified, the tip included (a drop of the newest ones shows here). */
  readonly verifiedCount: number;
  /** Set when the case failed verification: the tamper warning, in plain words (English). */
  readonly problem: string | null;
  /** The same, for the page to show in its language. */
  readonly problemText: Message | null;
  /** Agencies on the case whose keys did not verify (English). */
  readonly trustWarnings: readonly string[];
  /** The same, for the page to show in its language. */
  readonly trustWarningTexts: readonly Message[];
  /** The receipt file text, when it matches this case's tip. */
  readonly receipt: string | null;
  /** False when the thread cannot be trusted: nobody may append to it. */
  readonly canAnswer: boolean;
  /** How much of the case's file storage is used (encrypted bytes, uploads in progress included). */
  readonly quota: { readonly usedBytes: number; readonly limitBytes: number };
}
