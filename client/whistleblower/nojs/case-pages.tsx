// Coming back without JavaScript: the code is posted, and for this one request the server does
// what the browser app does (services/open-case.ts): derives the case keys from the code, proves
// them, reads and verifies the case, and encrypts and signs an answer. The keys are wiped before
// the page is sent; the code travels back only inside the page, in the forms that need it.
import { NO_JS_FILE_LIMITS, type NoJsFile, type NoJsResponse } from '../../../api/no-js';
import { toBase64Url, type CaseKeys } from '../../../crypto/index';
import { formatSize } from '../../shared/i18n/format';
import { msg, nameList, type Message } from '../../shared/i18n/message';
import { CaseView } from '../components/CaseView';
import { EnterCaseCode } from '../components/EnterCaseCode';
import { caseCodeLanguageFor } from '../logic/case-code-language';
import { caseCodeProblemText } from '../logic/case-code-problem';
import type { CaseSnapshot } from '../logic/case-snapshot';
import { ANSWER_MAX_CHARACTERS, type CaseConnection } from '../services/case-connection';
import { CaseCodeInvalid, NoSuchCase, ThreadMovedOn, failureText } from '../services/errors';
import { caseKeysFromCode, openCaseWithKeys } from '../services/open-case';
import { field, languageForm, postForm, respond, say, wordsOf, type PageContext } from './page-context';
import { sendFilesNow } from './send-files';
import { newAttemptToken } from './attempts';

const noop = (): void => undefined;
const CODE_FIELD = 'case-code';

function enterCodePage(context: PageContext, code: string, codeError: Message | null, problem: Message | null, status: number): NoJsResponse {
  return respond(
    context,
    status,
    { open: postForm(context, 'case'), ...(status === 200 ? { language: languageForm('return') } : {}) },
    <EnterCaseCode
      code={code}
      codeError={codeError === null ? null : say(context, codeError)}
      problem={problem === null ? null : say(context, problem)}
      progress={null}
      onChange={noop}
      onOpen={noop}
      onBack={noop}
    />,
  );
}

export function returnPage(context: PageContext): NoJsResponse {
  return enterCodePage(context, '', null, null, 200);
}

interface Answered {
  readonly snapshot: CaseSnapshot;
  /** The answer as typed, kept in the box when it was not sent. */
  readonly answer: string;
  readonly error: Message | null;
  readonly note: Message | null;
  readonly sent: boolean;
}

/** Sends the posted answer (and files), as ReturnFlow does (same checks, same words). */
async function answerOnce(context: PageContext, connection: CaseConnection, snapshot: CaseSnapshot, typed: string): Promise<Answered> {
  const text = typed.trim();
  const { files, filesRefused } = context.request;
  if (filesRefused) {
    const limits = { count: NO_JS_FILE_LIMITS.maxFiles, size: formatSize(NO_JS_FILE_LIMITS.maxTotalBytes, wordsOf(context)) };
    return { snapshot, answer: typed, error: msg('whistleblower:nojs.filesTooLarge', limits), note: null, sent: false };
  }
  if (files.length > 0) return answerWithFiles(connection, snapshot, typed, files);
  if (text === '') return { snapshot, answer: typed, error: msg('whistleblower:answer.empty'), note: null, sent: false };
  if (text.length > ANSWER_MAX_CHARACTERS) {
    return { snapshot, answer: typed, error: msg('whistleblower:answer.tooLong', { length: text.length, max: ANSWER_MAX_CHARACTERS }), note: null, sent: false };
  }
  try {
    return { snapshot: await connection.sendAnswer(text), answer: '', error: null, note: msg('whistleblower:answer.sent'), sent: true };
  } catch (error) {
    // Someone wrote meanwhile: show it, keep the answer to send again after reading it.
    const latest = error instanceof ThreadMovedOn ? await connection.load() : snapshot;
    return { snapshot: latest, answer: typed, error: failureText(error), note: null, sent: false };
  }
}

/** Files with an optional note (the answer's text goes with them, as in the app). */
async function answerWithFiles(connection: CaseConnection, snapshot: CaseSnapshot, typed: string, files: readonly NoJsFile[]): Promise<Answered> {
  const text = typed.trim();
  if (text.length > ANSWER_MAX_CHARACTERS) {
    return { snapshot, answer: typed, error: msg('whistleblower:answer.tooLong', { length: text.length, max: ANSWER_MAX_CHARACTERS }), note: null, sent: false };
  }
  try {
    const outcome = await sendFilesNow(connection, files, text === '' ? undefined : text);
    const missingText = outcome.missing.length === 0 ? null : msg('whistleblower:nojs.filesMissing', { names: nameList(outcome.missing) });
    if (outcome.snapshot === null) return { snapshot, answer: typed, error: missingText, note: null, sent: false };
    return { snapshot: outcome.snapshot, answer: '', error: missingText, note: msg('whistleblower:answer.filesSent'), sent: true };
  } catch (error) {
    const latest = error instanceof ThreadMovedOn ? await connection.load() : snapshot;
    return { snapshot: latest, answer: typed, error: failureText(error), note: null, sent: false };
  }
}

/**
 * POST /nojs/case: open the case of the posted code; with an answer, send it first (unless this
 * very answer form was already sent: then the case is shown, saying so).
 */
export async function casePage(context: PageContext, answerAlreadySent = false): Promise<NoJsResponse> {
  const { form } = context.request;
  const code = field(form, CODE_FIELD);
  const typedAnswer = form.answer?.[0];
  let keys: CaseKeys;
  try {
    keys = caseKeysFromCode(code, caseCodeLanguageFor(context.language));
  } catch (error) {
    if (error instanceof CaseCodeInvalid) return enterCodePage(context, code, caseCodeProblemText(error.problem), null, 422);
    throw error;
  }
  const caseId = toBase64Url(keys.caseId);
  let opened;
  try {
    // The connection takes the keys over and wipes them on close().
    opened = await openCaseWithKeys(keys, context.rootPublicKey);
  } catch (error) {
    return enterCodePage(context, code, null, failureText(error), error instanceof NoSuchCase ? 404 : 503);
  }
  let answered: Answered;
  try {
    answered =
      typedAnswer === undefined || answerAlreadySent
        ? { snapshot: opened.snapshot, answer: '', error: null, note: answerAlreadySent ? msg('whistleblower:answer.sent') : null, sent: false }
        : await answerOnce(context, opened.connection, opened.snapshot, typedAnswer);
  } catch (error) {
    return enterCodePage(context, code, null, failureText(error), 503);
  } finally {
    opened.connection.close();
  }
  const hidden = [[CODE_FIELD, code] as const];
  return respond(
    context,
    answered.error === null || answered.sent ? 200 : 422,
    { answer: { ...postForm(context, 'case', [...hidden, ['attempt', newAttemptToken()]]), multipart: true }, refresh: postForm(context, 'case', hidden) },
    <CaseView
      snapshot={answered.snapshot}
      answer={{
        answer: answered.answer,
        progress: null,
        error: answered.error === null ? null : say(context, answered.error),
        note: answered.note === null ? null : say(context, answered.note),
        maxLength: ANSWER_MAX_CHARACTERS,
        onChange: noop,
        onSend: noop,
        evidence: { limitsText: null, files: [], refusals: [], onChoose: noop, onRemove: noop, onKeepOriginal: noop },
        uploads: [],
        onCancelUpload: noop,
        onRetryUpload: noop,
      }}
      saving={{ downloads: new Map(), onSave: noop, onCancel: noop }}
      refreshing={null}
      refreshError={null}
      onRefresh={noop}
      onSaveReceipt={noop}
      onLeave={noop}
    />,
    answered.sent ? caseId : undefined,
  );
}
