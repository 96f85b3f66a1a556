// A link from a tip: shown as text, never fetched and never clickable. "Copy link" copies it;
// "Open…" asks first (OpenLinkDialog), and only for http(s) addresses.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyToClipboard } from './copy-to-clipboard';
import { openableUrl } from './link-target';
import { OpenLinkDialog } from './OpenLinkDialog';

function selectText(element: HTMLElement | null): void {
  const selection = window.getSelection();
  if (element === null || selection === null) return;
  selection.removeAllRanges();
  selection.selectAllChildren(element);
}

export function SafeLink({ url }: { readonly url: string }) {
  const { t } = useTranslation('intake');
  const id = useId();
  const textRef = useRef<HTMLSpanElement>(null);
  const [note, setNote] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);
  const href = openableUrl(url);

  const copy = async (): Promise<void> => {
    if ((await copyToClipboard(url)) === 'copied') {
      setNote(t('view.links.copied'));
    } else {
      selectText(textRef.current);
      setNote(t('view.links.selected'));
    }
  };

  return (
    <span className="safe-link">
      <span id={`${id}-url`} ref={textRef} className="plain-link" dir="ltr">
        {url}
      </span>{' '}
      <span className="safe-link-actions">
        <button type="button" className="button-secondary" aria-describedby={`${id}-url`} onClick={() => void copy()}>
          {t('view.links.copy')}
        </button>{' '}
        {href === null ? (
          <span className="small">{t('view.links.notWeb')}</span>
        ) : (
          <button type="button" className="button-secondary" aria-describedby={`${id}-url`} onClick={() => setOpening(true)}>
            {t('view.links.open')}
          </button>
        )}
      </span>
      <span role="status" className="small">
        {note ?? ''}
      </span>
      {opening && href !== null ? <OpenLinkDialog href={href} onClose={() => setOpening(false)} /> : null}
    </span>
  );
}
