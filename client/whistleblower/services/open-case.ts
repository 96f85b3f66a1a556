// Coming back with a case code: read the typed words (tolerant of case, spaces, line breaks and
// numbering), derive the case keys in this browser, prove them to the server, and load the case.
// The code itself never leaves the browser.
import {
  AmbiguousLanguageError,
  BadChecksumError,
  UnknownWordError,
  WrongWordCountError,
  deriveCaseKeys,
  parseCaseCode,
  type CaseCodeLanguage,
  type CaseKeys,
} from '../../../crypto/index';
import type { CaseCodeProblem } from '../logic/case-code-problem';
import type { CaseSnapshot } from '../logic/case-snapshot';
import { CaseConnection } from './case-connection';
import { openSession } from './case-session';
import { CaseCodeInvalid } from './errors';
import { nextPaint } from './next-paint';

export type OpenStep = 'checking' | 'opening';

export interface OpenedCase {
  readonly connection: CaseConnection;
  readonly snapshot: CaseSnapshot;
}

/** The typed-code errors of crypto/ as plain data for the page; null for any other error. */
export function caseCodeProblem(error: unknown): CaseCodeProblem | null {
  if (error instanceof WrongWordCountError) return { kind: 'wrong_word_count', found: error.found, expected: error.expected };
  if (error instanceof UnknownWordError) return { kind: 'unknown_word', position: error.position, suggestion: error.suggestion ?? null };
  if (error instanceof BadChecksumError) return { kind: 'bad_checksum' };
  if (error instanceof AmbiguousLanguageError) return { kind: 'ambiguous_language' };
  return null;
}

/**
 * Throws CaseCodeInvalid with the reason when the text is not a valid case code. A code in any
 * supported word list is accepted; `prefer` (the page's case code language) settles the rare
 * code that is valid in two lists (2^-52 for English and French).
 */
export function caseKeysFromCode(text: string, prefer: CaseCodeLanguage = 'en'): CaseKeys {
  let entropy: Uint8Array;
  try {
    entropy = parseCaseCode(text, { prefer }).entropy;
  } catch (error) {
    const problem = caseCodeProblem(error);
    if (problem !== null) throw new CaseCodeInvalid(problem);
    throw error;
  }
  try {
    return deriveCaseKeys(entropy);
  } finally {
    entropy.fill(0);
  }
}

/**
 * Opens the case the code belongs to. Throws CaseCodeInvalid (typo), NoSuchCase (valid code,
 * no such case) or ServiceFailure (network, server).
 */
export async function openCase(
  codeText: string,
  rootPublicKey: string,
  onStep: (step: OpenStep) => void,
  prefer: CaseCodeLanguage = 'en',
): Promise<OpenedCase> {
  onStep('checking');
  await nextPaint();
  const keys = caseKeysFromCode(codeText, prefer);
  onStep('opening');
  return openCaseWithKeys(keys, rootPublicKey);
}

/**
 * Opens the case of `keys` (just made by sending a tip, or derived from a code). The connection
 * takes the keys over and wipes them on close(); on failure they are wiped here. Throws
 * NoSuchCase or ServiceFailure.
 */
export async function openCaseWithKeys(keys: CaseKeys, rootPublicKey: string): Promise<OpenedCase> {
  let connection: CaseConnection | undefined;
  try {
    const session = await openSession(keys);
    connection = new CaseConnection(keys, session, rootPublicKey);
    return { connection, snapshot: await connection.load() };
  } catch (error) {
    if (connection !== undefined) connection.close();
    else {
      keys.signing.secretKey.fill(0);
      keys.box.secretKey.fill(0);
    }
    throw error;
  }
}
