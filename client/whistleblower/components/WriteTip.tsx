import type { ReactNode } from 'react';
import { TIP_LIMITS, type TipDraft, type TipErrors, type TipField } from '../logic/tip-draft';
import { Field } from './Field';
import { Progress } from './Progress';
import { ScreenHeading } from './ScreenHeading';

export interface SendProblem {
  readonly message: string;
  /** Offer Retry (connection or server trouble); otherwise offer choosing other agencies. */
  readonly retry: boolean;
  /**
   * The send may have arrived (the connection dropped mid-way): the form stays as it was until
   * Retry settles it, so a report can never be stored under a code the person never saw.
   */
  readonly locked: boolean;
}

export interface WriteTipProps {
  readonly draft: TipDraft;
  readonly errors: TipErrors;
  readonly agencyNames: readonly string[];
  /** Progress text while sending, null when idle. */
  readonly progress: string | null;
  readonly problem: SendProblem | null;
  readonly onChange: (field: TipField, value: string) => void;
  readonly onSend: () => void;
  readonly onBack: () => void;
  /** The evidence files part of the form (EvidencePicker), shown after the text fields. */
  readonly evidence?: ReactNode;
}

export function WriteTip({ draft, errors, agencyNames, progress, problem, onChange, onSend, onBack, evidence }: WriteTipProps) {
  const busy = progress !== null;
  const locked = busy || problem?.locked === true;
  const field = (name: TipField) => ({
    id: `tip-${name}`,
    value: draft[name],
    error: errors[name],
    maxLength: TIP_LIMITS[name],
    disabled: locked,
    onChange: (value: string) => onChange(name, value),
  });
  return (
    <>
      <ScreenHeading>Write your report</ScreenHeading>
      <p>
        Your report goes to: <strong>{agencyNames.join(', ')}</strong>.
      </p>
      <div className="warning-note">
        <p>
          <strong>Do not write your name</strong> or anything that points to you, such as your job, your contacts or
          details only you could know. What you write may identify you.
        </p>
      </div>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSend();
        }}
      >
        <Field {...field('title')} label="Title" required hint="A few words, for example: Pangolin scales for sale in a chat group." />
        <Field
          {...field('description')}
          label="What did you see?"
          required
          multiline
          rows={8}
          hint="What was offered, by whom (their user name), when, the price, how they deliver. Facts you saw, and say what you only believe."
        />
        <Field {...field('platform')} label="Platform or app" hint="The website, marketplace, social network or chat app." />
        <Field {...field('listingUrl')} label="Link to the listing" hint="The address of the post, listing or profile, if you have it." verbatim />
        <Field {...field('species')} label="Species" hint="As the seller named it, or what you believe it is." />
        <Field {...field('country')} label="Country" hint="Where the seller or the goods are, if you know." />
        {evidence}
        <p className="note">
          Your report is encrypted in this browser before it is sent. The tip line stores it only encrypted; the
          prosecutors you chose are the only people who can open it.
        </p>
        <Progress text={progress} />
        {problem === null ? null : (
          <div className="problem" role="alert" id="send-problem" tabIndex={-1}>
            <p>{problem.message}</p>
            {problem.retry ? (
              <button type="button" onClick={onSend} disabled={busy}>
                Retry
              </button>
            ) : null}
          </div>
        )}
        <div className="actions">
          <button type="submit" className="button-primary" disabled={busy}>
            Encrypt and send
          </button>
          <button type="button" onClick={onBack} disabled={locked}>
            Change agencies
          </button>
        </div>
      </form>
    </>
  );
}
