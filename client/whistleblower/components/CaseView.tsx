import { useTranslation } from 'react-i18next';
import { JsOnly, useForm, useNoJs } from '../../shared/no-js/no-js';
import { formatDay } from '../../shared/i18n/format';
import { useSay } from '../../shared/i18n/use-words';
import type { CaseSnapshot } from '../logic/case-snapshot';
import { statusText } from '../logic/status-words';
import { AnswerForm, type AnswerFormProps } from './AnswerForm';
import { CaseThread } from './CaseThread';
import type { FileSaving } from './FilesMessage';
import { Progress } from './Progress';
import { ScreenHeading } from './ScreenHeading';
import { TipSummary } from './TipSummary';

export interface CaseViewProps {
  readonly snapshot: CaseSnapshot;
  readonly answer: Omit<AnswerFormProps, 'canAnswer'>;
  /** Saving files the prosecutors sent. */
  readonly saving: FileSaving;
  /** Text while the case reloads, else null. */
  readonly refreshing: string | null;
  readonly refreshError: string | null;
  readonly onRefresh: () => void;
  readonly onSaveReceipt: () => void;
  readonly onLeave: () => void;
}

/** Leave (wipes the keys in the page); without JavaScript a link to the start, as nothing is kept. */
function LeaveCase({ onLeave }: { readonly onLeave: () => void }) {
  const { t } = useTranslation('whistleblower');
  const noJs = useNoJs();
  if (noJs !== null) {
    return (
      <a className="button-link" href={noJs.links.start}>
        {t('caseView.leave')}
      </a>
    );
  }
  return (
    <button type="button" onClick={onLeave}>
      {t('caseView.leave')}
    </button>
  );
}

export function CaseView({ snapshot, answer, saving, refreshing, refreshError, onRefresh, onSaveReceipt, onLeave }: CaseViewProps) {
  const { t, i18n } = useTranslation('whistleblower');
  const say = useSay();
  const refresh = useForm('refresh', onRefresh);
  return (
    <>
      <ScreenHeading>{t('caseView.title')}</ScreenHeading>
      <div className="case-bar">
        <p className="case-status">
          {t('caseView.status', { status: snapshot.status === null ? t('caseView.statusUnknown') : say(statusText(snapshot.status)) })}
        </p>
        <LeaveCase onLeave={onLeave} />
      </div>
      <p className="meta">
        {snapshot.problemText === null
          ? t('caseView.countAll', { count: snapshot.verifiedCount })
          : t('caseView.countVerified', { count: snapshot.verifiedCount })}
      </p>
      {snapshot.problemText === null ? null : (
        <div className="problem problem-severe" role="alert">
          <p>{say(snapshot.problemText)}</p>
          <p>{t('caseView.partOnly')}</p>
        </div>
      )}
      {snapshot.trustWarningTexts.map((warning, index) => (
        <p key={index} className="problem">
          {say(warning)}
        </p>
      ))}
      {snapshot.tip === null ? null : <TipSummary tip={snapshot.tip} createdOn={formatDay(snapshot.createdOn, i18n.language)} />}
      {snapshot.tip === null ? null : <CaseThread items={snapshot.thread} broken={snapshot.problemText !== null} saving={saving} />}
      <AnswerForm {...answer} canAnswer={snapshot.canAnswer} />
      <form className="actions" {...refresh.attributes}>
        {refresh.hidden}
        <button type="submit" id="refresh-case" disabled={refreshing !== null}>
          {t('caseView.refresh')}
        </button>
        {snapshot.receipt === null ? null : (
          <JsOnly>
            <button type="button" onClick={onSaveReceipt}>
              {t('receipt.save')}
            </button>
          </JsOnly>
        )}
      </form>
      <Progress text={refreshing} />
      {refreshError === null ? null : (
        <p className="problem" role="alert">
          {refreshError}
        </p>
      )}
      <p className="note">{useNoJs() === null ? t('caseView.keepsNothing') : t('nojs.keepsNothing')}</p>
    </>
  );
}
