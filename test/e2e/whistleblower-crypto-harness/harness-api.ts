// Shapes exchanged between the Node test and the browser harness (no side effects, importable from Node).
import { fromBase64Url, toBase64Url, type CaseCodeLanguage, type MessageRecord } from '../../../crypto/index';

export interface WireMessage {
  readonly seq: number;
  readonly prevHash: string;
  readonly authorPublicKey: string;
  readonly authorRole: 'whistleblower' | 'prosecutor';
  readonly envelope: string;
  readonly signature: string;
}

export interface SubmitInput {
  readonly prosecutorBoxPublicKey: string;
  readonly tipText: string;
  readonly fileBytes: number;
}

export interface SubmitOutput {
  readonly webAssembly: string;
  readonly caseCode: string;
  readonly caseId: string;
  readonly signingPublicKey: string;
  readonly boxPublicKey: string;
  readonly tipEnvelope: string;
  readonly keyForProsecutor: string;
  readonly keyForCase: string;
  readonly firstMessage: WireMessage;
  readonly fileId: string;
  readonly fileKey: string;
  readonly fileBlob: string;
  readonly tamperedEnvelopeError: string;
  readonly milliseconds: { readonly ready: number; readonly submit: number; readonly file: number };
}

export interface ReturnInput {
  readonly typedCode: string;
  readonly challenge: { readonly nonce: string; readonly expiresAt: number };
  readonly receiptFile: string;
  readonly serverPublicKey: string;
  readonly thread: readonly WireMessage[];
  readonly prosecutorSigningPublicKey: string;
  readonly keyForCase: string;
}

export interface ReturnOutput {
  readonly caseId: string;
  readonly challengeSignature: string;
  readonly reply: string;
  readonly receiptVerified: boolean;
  readonly forgedReceiptError: string;
  readonly milliseconds: number;
}

export interface ReadCodeInput {
  readonly text: string;
  /** The page's case code language. */
  readonly prefer: CaseCodeLanguage;
}

export interface ReadCodeOutput {
  readonly entropy: string;
  readonly language: string;
  /** Word lists fetched while reading this code (the page's own, then those the code needs). */
  readonly fetched: readonly string[];
  readonly milliseconds: number;
}

/** Deterministic file content, so Node can rebuild the same bytes without sending them. */
export function fileContent(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 1) bytes[i] = (i * 31 + 7) % 251;
  return bytes;
}

export function toWire(record: MessageRecord): WireMessage {
  return {
    seq: record.seq,
    prevHash: toBase64Url(record.prevHash),
    authorPublicKey: toBase64Url(record.authorPublicKey),
    authorRole: record.authorRole,
    envelope: toBase64Url(record.envelope),
    signature: toBase64Url(record.signature),
  };
}

export function fromWire(caseId: Uint8Array, wire: WireMessage): MessageRecord {
  return {
    caseId,
    seq: wire.seq,
    prevHash: fromBase64Url(wire.prevHash),
    authorPublicKey: fromBase64Url(wire.authorPublicKey),
    authorRole: wire.authorRole,
    envelope: fromBase64Url(wire.envelope),
    signature: fromBase64Url(wire.signature),
  };
}
