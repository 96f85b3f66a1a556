import type { Ref } from 'react';
import { listNames } from '../logic/evidence';
import { CaseCodeWords } from './CaseCodeWords';
import { ScreenHeading } from './ScreenHeading';

export interface ShowCaseCodeProps {
  readonly words: readonly string[];
  readonly hasReceipt: boolean;
  readonly confirmed: boolean;
  /** After Copy: what happened, for people. */
  readonly copyNote: string | null;
  readonly wordsRef: Ref<HTMLOListElement>;
  readonly onCopy: () => void;
  readonly onPrint: () => void;
  readonly onSaveReceipt: () => void;
  readonly onConfirmedChange: (confirmed: boolean) => void;
  readonly onContinue: () => void;
  /** Names of evidence files that were chosen but did not arrive. */
  readonly missingFiles?: readonly string[];
}

export function ShowCaseCode(props: ShowCaseCodeProps) {
  const { words, hasReceipt, confirmed, copyNote, wordsRef, missingFiles = [] } = props;
  return (
    <>
      <ScreenHeading>Write down your case code</ScreenHeading>
      <p className="success">Your report was encrypted and sent.</p>
      {missingFiles.length === 0 ? null : (
        <div className="problem" role="alert">
          <p>
            {missingFiles.length === 1 ? 'This file did not arrive: ' : 'These files did not arrive: '}
            {listNames(missingFiles)}.
          </p>
          <p>Your report arrived without {missingFiles.length === 1 ? 'it' : 'them'}. You can add files later: come back with your case code and attach them to an answer.</p>
        </div>
      )}
      <div className="warning-note">
        <p>
          <strong>This code is the only way back to your report</strong>: to read questions from the prosecutors and to
          answer them. Nobody can recover it for you, not even the tip line.
        </p>
        <p>Write it on paper and keep it hidden: anyone who has it can read your report.</p>
      </div>
      <section className="card case-code-card" aria-labelledby="code-heading">
        <h2 id="code-heading" className="print-title">
          Case code
        </h2>
        <CaseCodeWords words={words} listRef={wordsRef} />
        <div className="actions">
          <button type="button" onClick={props.onCopy}>
            Copy
          </button>
          <button type="button" onClick={props.onPrint}>
            Print
          </button>
        </div>
        <p role="status" className="note">
          {copyNote}
        </p>
        <p className="note">Paper is safer than copying: a copied code can stay on this device.</p>
      </section>
      <section className="card" aria-labelledby="receipt-heading">
        <h2 id="receipt-heading">Receipt</h2>
        {hasReceipt ? (
          <>
            <p>
              The receipt is a small file signed by the tip line. With your code, it proves that you sent this report, for
              example to claim a reward, without saying who you are. It does not contain your report or your code.
            </p>
            <p>Saving it leaves a file on this device that shows you used this tip line: save it only where that is safe.</p>
            <div className="actions">
              <button type="button" onClick={props.onSaveReceipt}>
                Save receipt
              </button>
            </div>
          </>
        ) : (
          <p>
            The tip line&apos;s receipt did not match your report, so we do not offer it. Your report was sent; you can
            try again later from your case page.
          </p>
        )}
      </section>
      <div className="confirm">
        <input type="checkbox" id="code-written" checked={confirmed} onChange={(event) => props.onConfirmedChange(event.target.checked)} />
        <label htmlFor="code-written">I have written down my case code</label>
      </div>
      <div className="actions">
        <button type="button" className="button-primary" disabled={!confirmed} onClick={props.onContinue}>
          Continue
        </button>
      </div>
    </>
  );
}
