// Failures made outside React carry translatable messages, not English sentences: sending a tip
// (submit-tip.ts) and the file pipeline's workers (encrypt-client.ts, hash-client.ts,
// cipher-source.ts). Each keeps its English `message` for logs and tests, and its `text` turns
// into the page language.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ROUTES, type TipContentV1 } from '../../../../api/index';
import { ready } from '../../../../crypto/index';
import common from '../../../../client/locales/en/common.json';
import whistleblower from '../../../../client/locales/en/whistleblower.json';
import frCommon from '../../../../client/locales/fr/common.json';
import frWhistleblower from '../../../../client/locales/fr/whistleblower.json';
import { translate, type Message } from '../../../../client/shared/i18n/message';
import { englishWordsFrom, type Words } from '../../../../client/shared/i18n/words';
import { CipherSource } from '../../../../client/shared/files/cipher-source';
import { failureToError } from '../../../../client/shared/files/encrypt-client';
import { FileTransferError } from '../../../../client/shared/files/errors';
import { TipSubmitter } from '../../../../client/whistleblower/services/submit-tip';
import { SubmitFailure } from '../../../../client/whistleblower/services/errors';
import { FakeTipLine } from './fake-tip-line';

const english = englishWordsFrom({ common, whistleblower });

function frenchWords(): Words {
  const words = englishWordsFrom({ common: frCommon, whistleblower: frWhistleblower });
  return { t: words.t, language: 'fr' };
}

const TIP: TipContentV1 = { kind: 'tip', version: 1, title: 'Scales in a chat group', description: 'Photos every week.' };

/** The message's key, or null when it is shown as it is (never translated). */
function keyOf(message: Message): string | null {
  return 'key' in message ? message.key : null;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

let line: FakeTipLine;

beforeAll(async () => {
  await ready();
});

beforeEach(() => {
  line = new FakeTipLine();
  vi.stubGlobal('fetch', line.fetch);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sending a tip', () => {
  it('says "not sent" in the page language when the connection fails before sending', async () => {
    const agency = line.addAgency('Lake Region Unit');
    line.interceptions.set(ROUTES.directory, () => Promise.reject(new TypeError('offline')));
    const error = await rejection(new TipSubmitter(line.rootPublicKey).submit(TIP, [agency.agencyId], () => undefined));
    expect(error).toBeInstanceOf(SubmitFailure);
    const failure = error as SubmitFailure;
    expect(failure.outcome).toBe('not_sent');
    expect(keyOf(failure.text)).toBe('whistleblower:report.notSent');
    expect(failure.message).toBe('We did not send your report: The connection to the tip line failed. Check your connection and press Retry.');
    expect(translate(frenchWords(), failure.text)).toBe(
      'Nous n’avons pas envoyé votre signalement : La connexion à la plateforme de signalement a échoué. Vérifiez votre connexion et appuyez sur Réessayer.',
    );
  });

  it('says "we do not know whether it arrived" in the page language when the answer is lost', async () => {
    const agency = line.addAgency('Lake Region Unit');
    line.interceptions.set(ROUTES.createCase, async (proceed) => {
      await proceed();
      throw new TypeError('connection reset');
    });
    const error = await rejection(new TipSubmitter(line.rootPublicKey).submit(TIP, [agency.agencyId], () => undefined));
    const failure = error as SubmitFailure;
    expect(failure.outcome).toBe('unknown');
    expect(keyOf(failure.text)).toBe('whistleblower:report.mayHaveArrived');
    expect(translate(frenchWords(), failure.text)).toMatch(/^La connexion a été coupée pendant l’envoi/);
  });

  it('names the agency whose keys fail, in the page language', async () => {
    const agency = line.addAgency('Lake Region Unit');
    line.substituteBoxKey(agency);
    const error = await rejection(new TipSubmitter(line.rootPublicKey).submit(TIP, [agency.agencyId], () => undefined));
    const failure = error as SubmitFailure;
    expect(keyOf(failure.text)).toBe('whistleblower:report.notSent');
    const french = translate(frenchWords(), failure.text);
    expect(french).toMatch(/^Nous n’avons pas envoyé votre signalement : /);
    expect(french).toContain('Lake Region Unit');
    expect(french).not.toBe(translate(english, failure.text));
  });
});

describe('the file pipeline', () => {
  it('words a worker failure as a message, with the file name in it', () => {
    const unreadable = failureToError({ type: 'failed', code: 'read_failed', detail: 'NotReadableError' }, 'ledger.pdf');
    expect(keyOf(unreadable.text)).toBe('common:files.readFailed');
    expect(unreadable.message).toBe('“ledger.pdf” could not be read any more: it may have been moved, changed or deleted since you chose it. Choose it again.');
    expect(translate(frenchWords(), unreadable.text)).toMatch(/^« ledger\.pdf » ne peut plus être lu/);
    const broken = failureToError({ type: 'failed', code: 'worker_failed', detail: 'unknown' }, 'ledger.pdf');
    expect(keyOf(broken.text)).toBe('common:files.encryptFailed');
    expect(translate(frenchWords(), broken.text)).toBe('Ce navigateur n’a pas pu chiffrer le fichier. Rechargez la page et réessayez.');
  });

  it('words a resumed upload that asks for bytes already dropped as a message', async () => {
    let batches = 0;
    const reader = { read: () => Promise.resolve({ bytes: new Uint8Array(32), last: ++batches === 2 }) };
    const source = new CipherSource(reader, 64);
    await source.slice(0, 32);
    await source.slice(32, 64);
    const error = await rejection(source.slice(0, 32));
    expect(error).toBeInstanceOf(FileTransferError);
    expect(keyOf((error as FileTransferError).text)).toBe('common:upload.askedAgain');
    expect(translate(frenchWords(), (error as FileTransferError).text)).toMatch(/^L’envoi n’a pas pu reprendre/);
  });

  it('words an encrypted stream of the wrong size as a message', async () => {
    const reader = { read: () => Promise.resolve({ bytes: new Uint8Array(16), last: true }) };
    const error = await rejection(new CipherSource(reader, 64).slice(0, 64));
    expect(keyOf((error as FileTransferError).text)).toBe('common:files.encryptedSizeWrong');
    const tooLarge = await rejection(new CipherSource({ read: () => Promise.resolve({ bytes: new Uint8Array(80), last: true }) }, 64).slice(0, 64));
    expect(keyOf((tooLarge as FileTransferError).text)).toBe('common:files.encryptedTooLarge');
  });
});
