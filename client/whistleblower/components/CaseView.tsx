import type { CaseSnapshot } from '../logic/case-snapshot';
import { statusWords } from '../logic/status-words';
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

function messageCount(count: number): string {
  return count === 1 ? '1 message' : `${count} messages`;
}

export function CaseView({ snapshot, answer, saving, refreshing, refreshError, onRefresh, onSaveReceipt, onLeave }: CaseViewProps) {
  return (
    <>
      <ScreenHeading>Your case</ScreenHeading>
      <div className="case-bar">
        <p className="case-status">Status: {snapshot.status === null ? 'Unknown (not verified)' : statusWords(snapshot.status)}</p>
        <button type="button" onClick={onLeave}>
          Leave
        </button>
      </div>
      <p className="meta">
        {snapshot.problem === null
          ? `${messageCount(snapshot.verifiedCount)} in this case, your report included. All are signed by their authors and in their original order.`
          : `${messageCount(snapshot.verifiedCount)} passed the checks.`}
      </p>
      {snapshot.problem === null ? null : (
        <div className="problem problem-severe" role="alert">
          <p>{snapshot.problem}</p>
          <p>Below is only the part that passed the checks. Answering is turned off.</p>
        </div>
      )}
      {snapshot.trustWarnings.map((warning) => (
        <p key={warning} className="problem">
          {warning}
        </p>
      ))}
      {snapshot.tip === null ? null : <TipSummary tip={snapshot.tip} createdOn={snapshot.createdOn} />}
      {snapshot.tip === null ? null : <CaseThread items={snapshot.thread} broken={snapshot.problem !== null} saving={saving} />}
      <AnswerForm {...answer} canAnswer={snapshot.canAnswer} />
      <div className="actions">
        <button type="button" id="refresh-case" onClick={onRefresh} disabled={refreshing !== null}>
          Check for new messages
        </button>
        {snapshot.receipt === null ? null : (
          <button type="button" onClick={onSaveReceipt}>
            Save receipt
          </button>
        )}
      </div>
      <Progress text={refreshing} />
      {refreshError === null ? null : (
        <p className="problem" role="alert">
          {refreshError}
        </p>
      )}
      <p className="note">
        This page keeps nothing: when you press Leave or close the tab, your case closes. When you are done, close Tor
        Browser.
      </p>
    </>
  );
}
