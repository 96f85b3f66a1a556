// The receipt as a small versioned JSON text file the whistleblower can save and show later.
import { toBase64Url } from './base64url';
import { assertDay } from './day';
import type { Receipt } from './receipt';
import { bytesField, parseStrictObject, stringField } from './strict-json';

const TYPE = 'thicket-receipt';
const KEYS = ['type', 'version', 'casePublicKey', 'tipHash', 'day', 'serverPublicKey', 'signature'] as const;

/** The receipt as JSON text with base64url fields; decodeReceipt(encodeReceipt(r)) equals r. */
export function encodeReceipt(receipt: Receipt): string {
  return JSON.stringify({
    type: TYPE,
    version: 1,
    casePublicKey: toBase64Url(receipt.casePublicKey),
    tipHash: toBase64Url(receipt.tipHash),
    day: receipt.day,
    serverPublicKey: toBase64Url(receipt.serverPublicKey),
    signature: toBase64Url(receipt.signature),
  });
}

/**
 * Parses a receipt file strictly: exactly the expected fields, version 1, canonical base64url of
 * the right lengths, a real calendar day. Throws BadFormatError, BadBase64Error or
 * UnsupportedVersionError. Does not verify the signature: call verifyReceipt.
 */
export function decodeReceipt(text: string): Receipt {
  const o = parseStrictObject(text, TYPE, KEYS);
  const day = stringField(o, 'day');
  assertDay(day, 'receipt day');
  return {
    casePublicKey: bytesField(o, 'casePublicKey', 32),
    tipHash: bytesField(o, 'tipHash', 32),
    day,
    serverPublicKey: bytesField(o, 'serverPublicKey', 32),
    signature: bytesField(o, 'signature', 64),
  };
}
