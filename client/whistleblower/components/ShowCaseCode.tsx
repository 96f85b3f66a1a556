import type { Ref } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { JsOnly, NoJsOnly, useForm, useNoJs } from '../../shared/no-js/no-js';
import { CaseCodeWords } from './CaseCodeWords';
import { ScreenHeading } from './ScreenHeading';

const STRONG = { strong: <strong /> };

export interface ShowCaseCodeProps {
  readonly words: readonly string[];
  /** The BCP 47 language of the words (for screen readers). */
  readonly wordsLanguage?: string;
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
  /** Without JavaScript the receipt is shown as text to copy (no file can be offered). */
  readonly receiptText?: string;
  /** How many evidence files are sent after this screen (0: none). */
  readonly filesWaiting?: number;
}

export function ShowCaseCode(props: ShowCaseCodeProps) {
  const { t } = useTranslation('whistleblower');
  const { words, wordsLanguage, hasReceipt, confirmed, copyNote, wordsRef, filesWaiting = 0 } = props;
  const noJs = useNoJs() !== null;
  const form = useForm('written', props.onContinue);
  return (
    <>
      <ScreenHeading>{t('code.title')}</ScreenHeading>
      <p className="success">{t('code.sent')}</p>
      {filesWaiting === 0 ? null : (
        <p id="files-next">
          <strong>{t('code.filesNext', { count: filesWaiting })}</strong>
        </p>
      )}
      <div className="warning-note">
        <p>
          <Trans t={t} i18nKey="code.onlyWay" components={STRONG} />
        </p>
        <p>{t('code.paper')}</p>
      </div>
      <section className="card case-code-card" aria-labelledby="code-heading">
        <h2 id="code-heading" className="print-title">
          {t('code.heading')}
        </h2>
        <CaseCodeWords words={words} listRef={wordsRef} {...(wordsLanguage === undefined ? {} : { lang: wordsLanguage })} />
        <JsOnly>
          <div className="actions">
            <button type="button" onClick={props.onCopy}>
              {t('code.copy')}
            </button>
            <button type="button" onClick={props.onPrint}>
              {t('code.print')}
            </button>
          </div>
          <p role="status" className="note">
            {copyNote}
          </p>
        </JsOnly>
        <NoJsOnly>
          <p className="warning-note">
            <strong>{t('nojs.codeOnce')}</strong>
          </p>
        </NoJsOnly>
        <p className="note">{t('code.paperSafer')}</p>
      </section>
      <section className="card" aria-labelledby="receipt-heading">
        <h2 id="receipt-heading">{t('receipt.title')}</h2>
        {hasReceipt ? (
          <>
            <p>{t('receipt.what')}</p>
            <p>{t('receipt.trace')}</p>
            <JsOnly>
              <div className="actions">
                <button type="button" onClick={props.onSaveReceipt}>
                  {t('receipt.save')}
                </button>
              </div>
            </JsOnly>
            {noJs && props.receiptText !== undefined ? (
              <>
                <p>{t('nojs.receiptText')}</p>
                <pre className="receipt-text" dir="ltr">
                  {props.receiptText}
                </pre>
              </>
            ) : null}
          </>
        ) : (
          <p>{t('receipt.mismatch')}</p>
        )}
      </section>
      {/* Without JavaScript the box cannot enable the button: the browser itself asks for the tick (required). */}
      <form {...form.attributes} noValidate={!noJs}>
        {form.hidden}
        <div className="confirm">
          <input
            type="checkbox"
            id="code-written"
            name="written"
            required={noJs}
            checked={confirmed}
            onChange={(event) => props.onConfirmedChange(event.target.checked)}
          />
          <label htmlFor="code-written">{t('code.written')}</label>
        </div>
        <div className="actions">
          <button
            type="submit"
            className="button-primary"
            disabled={!noJs && !confirmed}
            {...(filesWaiting === 0 ? {} : { 'aria-describedby': 'files-next' })}
          >
            {t('common:actions.continue')}
          </button>
        </div>
      </form>
    </>
  );
}
