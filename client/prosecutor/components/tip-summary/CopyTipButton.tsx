// "Copy as text": the whole tip as plain text on the clipboard. Where the browser refuses, the
// text appears in a read-only box, selected, to copy by hand.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyToClipboard } from './copy-to-clipboard';

export function CopyTipButton({ text }: { readonly text: () => string }) {
  const { t } = useTranslation('intake');
  const [state, setState] = useState<'idle' | 'copied' | { readonly manual: string }>('idle');
  const box = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (typeof state === 'object') {
      box.current?.focus();
      box.current?.select();
    }
  }, [state]);

  const copy = async (): Promise<void> => {
    const value = text();
    setState((await copyToClipboard(value)) === 'copied' ? 'copied' : { manual: value });
  };

  return (
    <div className="copy-tip">
      <button type="button" className="button-secondary" onClick={() => void copy()}>
        {t('view.copyAsText')}
      </button>
      <p role="status" className="small">
        {state === 'copied' ? t('view.copied') : ''}
      </p>
      {typeof state === 'object' ? (
        <div className="field">
          <label htmlFor="tip-as-text">{t('view.copyByHand')}</label>
          <textarea id="tip-as-text" ref={box} readOnly rows={12} value={state.manual} />
        </div>
      ) : null}
    </div>
  );
}
