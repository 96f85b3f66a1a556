// Making a report without JavaScript: the landing page, the agencies, the form, and on sending,
// the server does what the browser app does (services/submit-tip.ts: every agency checked against
// the root key, the case code and keys made, the tip encrypted and sealed), then shows the code once.
import { createRef } from 'react';
import { NO_JS_FILE_LIMITS, type NoJsFile, type NoJsResponse } from '../../../api/no-js';
import { toBase64Url, type CaseKeys } from '../../../crypto/index';
import { formatSize } from '../../shared/i18n/format';
import { msg } from '../../shared/i18n/message';
import { ChooseAgencies, type AgenciesState } from '../components/ChooseAgencies';
import { Landing } from '../components/Landing';
import { ReportSent } from '../components/ReportSent';
import { ShowCaseCode } from '../components/ShowCaseCode';
import { NoJsFileInput } from '../components/NoJsFileInput';
import { WriteTip } from '../components/WriteTip';
import { caseCodeLanguageFor } from '../logic/case-code-language';
import { draftFromForm } from '../logic/draft-from-form';
import { EMPTY_TIP, checkTip, hasErrors, tipContent, type TipDraft, type TipErrors } from '../logic/tip-draft';
import { loadAgencies, rootFingerprint, type AgencyOption } from '../services/agencies';
import { caseCodeIn } from '../services/case-code-words';
import { openCaseWithKeys } from '../services/open-case';
import { listNames } from '../logic/evidence';
import { sendFilesNow } from './send-files';
import { newAttemptToken } from './attempts';
import { ScreenHeading } from '../components/ScreenHeading';
import { SubmitFailure, failureText } from '../services/errors';
import { TipSubmitter } from '../services/submit-tip';
import { hrefOf } from './paths';
import { getForm, languageForm, postForm, respond, say, wordsOf, type PageContext } from './page-context';

const noop = (): void => undefined;

export function startPage(context: PageContext): NoJsResponse {
  return respond(
    context,
    200,
    { language: languageForm('start') },
    <Landing ready={context.rootPublicKey !== ''} focusHeading={false} onReport={noop} onReturn={noop} />,
  );
}

async function agenciesState(context: PageContext): Promise<AgenciesState> {
  try {
    const agencies = await loadAgencies(context.rootPublicKey);
    return { kind: 'ready', agencies, rootFingerprint: rootFingerprint(context.rootPublicKey) };
  } catch (error) {
    return { kind: 'failed', message: failureText(error) };
  }
}

function agenciesPage(context: PageContext, state: AgenciesState, chosen: ReadonlySet<string>, error: string | null): NoJsResponse {
  return respond(
    context,
    error === null ? 200 : 422,
    { agencies: getForm(context, 'write'), language: languageForm('report') },
    <ChooseAgencies state={state} chosen={chosen} error={error} onToggle={noop} onContinue={noop} onRetry={noop} onBack={noop} />,
  );
}

export async function reportPage(context: PageContext): Promise<NoJsResponse> {
  return agenciesPage(context, await agenciesState(context), new Set(), null);
}

/** The chosen agencies that verified, or the agencies page again saying what is wrong. */
async function chosenAgencies(context: PageContext, ids: readonly string[]): Promise<AgencyOption[] | NoJsResponse> {
  const state = await agenciesState(context);
  const chosen = new Set(ids);
  if (state.kind !== 'ready') return agenciesPage(context, state, chosen, null);
  const trusted = state.agencies.filter((agency) => agency.trusted !== null && chosen.has(agency.agencyId));
  if (trusted.length === 0) return agenciesPage(context, state, chosen, say(context, msg('whistleblower:agencies.chooseOne')));
  return trusted;
}

function writePage(
  context: PageContext,
  agencies: readonly AgencyOption[],
  draft: TipDraft,
  errors: TipErrors,
  problem: { readonly message: string; readonly retry: boolean } | null,
  status: number,
): NoJsResponse {
  const hidden = agencies.map((agency) => ['agency', agency.agencyId] as const);
  // A new token for every form shown: a second post of the same one stores nothing twice (attempts.ts).
  const attempt = ['attempt', newAttemptToken()] as const;
  return respond(
    context,
    status,
    // Changing the language of a filled-in form would lose it: the picker shows only on the empty one.
    { write: { ...postForm(context, 'send', [...hidden, attempt]), multipart: true }, ...(status === 200 && problem === null ? { language: languageForm('write', hidden) } : {}) },
    <WriteTip
      draft={draft}
      errors={errors}
      agencyNames={agencies.map((agency) => agency.name)}
      progress={null}
      problem={problem === null ? null : { ...problem, locked: false }}
      onChange={noop}
      onSend={noop}
      onBack={noop}
      evidence={<NoJsFileInput id="tip-files" label={context.i18n.t('whistleblower:evidence.tipLabel')} />}
    />,
  );
}

export async function writeFormPage(context: PageContext): Promise<NoJsResponse> {
  const agencies = await chosenAgencies(context, context.request.query.agency ?? []);
  if (!Array.isArray(agencies)) return agencies;
  return writePage(context, agencies, EMPTY_TIP, {}, null, 200);
}

/** POST of the report form: check it as the app does, then encrypt and send it here, in memory. */
export async function sendPage(context: PageContext): Promise<NoJsResponse> {
  const { form } = context.request;
  const agencies = await chosenAgencies(context, form.agency ?? []);
  if (!Array.isArray(agencies)) return agencies;
  const draft = draftFromForm(form, context.language, context.i18n.t('intake:species.unknown'));
  const errors = checkTip(draft, context.language);
  if (hasErrors(errors)) return writePage(context, agencies, draft, errors, null, 422);
  if (context.request.filesRefused) {
    const limits = { count: NO_JS_FILE_LIMITS.maxFiles, size: formatSize(NO_JS_FILE_LIMITS.maxTotalBytes, wordsOf(context)) };
    return writePage(context, agencies, draft, {}, { message: context.i18n.t('whistleblower:nojs.filesTooLarge', limits), retry: false }, 413);
  }

  const submitter = new TipSubmitter(context.rootPublicKey);
  let sent;
  try {
    sent = await submitter.submit(
      tipContent(draft, context.language),
      agencies.map((agency) => agency.agencyId),
      noop,
      { keepKeys: true },
    );
  } catch (error) {
    const retry = !(error instanceof SubmitFailure) || error.retryable;
    return writePage(context, agencies, draft, {}, { message: say(context, failureText(error)), retry }, retry ? 503 : 422);
  } finally {
    submitter.dispose();
  }
  // The keys serve the files, if any, then are wiped; only the case id is kept (to flag the case).
  const keys = sent.keys;
  const caseId = keys === null ? undefined : toBase64Url(keys.caseId);
  const missing = keys === null ? context.request.files.map((file) => file.name) : await sendTipFiles(context, keys, context.request.files);
  const codeLanguage = caseCodeLanguageFor(context.language);
  const words = codeLanguage === 'en' ? sent.words : caseCodeIn(sent.words, codeLanguage);
  return respond(
    context,
    200,
    { written: getForm(context, 'sent') },
    <>
      {missing.length === 0 ? null : (
        <div className="problem" role="alert">
          <p>{context.i18n.t('whistleblower:nojs.filesMissing', { names: listNames(missing, wordsOf(context)) })}</p>
        </div>
      )}
      <ShowCaseCode
        words={words}
        wordsLanguage={codeLanguage}
        hasReceipt={sent.receipt !== null}
        {...(sent.receipt === null ? {} : { receiptText: sent.receipt })}
        confirmed={false}
        copyNote={null}
        wordsRef={createRef()}
        onCopy={noop}
        onPrint={noop}
        onSaveReceipt={noop}
        onConfirmedChange={noop}
        onContinue={noop}
      />
    </>,
    caseId,
  );
}

/**
 * The tip's evidence files, sent into the new case (its keys are taken over and wiped here). The
 * tip is stored whatever happens: files that fail are named on the code page, never an error page.
 */
async function sendTipFiles(context: PageContext, keys: CaseKeys, files: readonly NoJsFile[]): Promise<readonly string[]> {
  if (files.length === 0) {
    keys.signing.secretKey.fill(0);
    keys.box.secretKey.fill(0);
    return [];
  }
  let opened;
  try {
    opened = await openCaseWithKeys(keys, context.rootPublicKey);
  } catch {
    return files.map((file) => file.name);
  }
  try {
    return (await sendFilesNow(opened.connection, files)).missing;
  } catch {
    return files.map((file) => file.name);
  } finally {
    opened.connection.close();
  }
}

/** A report form posted again after its report was stored: nothing is stored twice, the code is not shown again. */
export function alreadySentPage(context: PageContext): NoJsResponse {
  const { t } = context.i18n;
  return respond(
    context,
    409,
    {},
    <>
      <ScreenHeading>{t('whistleblower:nojs.alreadySent.title')}</ScreenHeading>
      <p>{t('whistleblower:nojs.alreadySent.text')}</p>
      <div className="actions">
        <a className="button-link button-primary" href={hrefOf('report', context.language)}>
          {t('whistleblower:landing.start.report')}
        </a>
        <a className="button-link" href={hrefOf('return', context.language)}>
          {t('whistleblower:landing.start.return')}
        </a>
      </div>
    </>,
  );
}

export function sentPage(context: PageContext): NoJsResponse {
  return respond(context, 200, { language: languageForm('sent') }, <ReportSent onOpenCase={noop} />);
}
