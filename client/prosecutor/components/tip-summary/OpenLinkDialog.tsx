// The warning before a link from a tip is opened: the seller may see who visits. Cancel has the
// focus; "Open anyway" opens the address in a new tab with no referrer and no opener.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface OpenLinkDialogProps {
  /** An http(s) address, already checked (link-target.ts). */
  readonly href: string;
  readonly onClose: () => void;
}

export function OpenLinkDialog({ href, onClose }: OpenLinkDialogProps) {
  const { t } = useTranslation('intake');
  const dialog = useRef<HTMLDialogElement>(null);

  // Opened once; unmounting removes it (no close() here: React's strict mode runs effects twice).
  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
  }, []);

  return (
    <dialog ref={dialog} className="open-link-dialog" aria-labelledby="open-link-heading" aria-describedby="open-link-warning" onClose={onClose}>
      <h3 id="open-link-heading">{t('view.links.dialogHeading')}</h3>
      <p id="open-link-warning" className="warning">{t('view.links.warning')}</p>
      <p className="plain-link" dir="ltr">
        {href}
      </p>
      <div className="button-row">
        {/* First in the dialog, so showModal() gives the safe choice the focus. */}
        <button type="button" className="button-secondary" onClick={() => dialog.current?.close()}>
          {t('view.links.cancel')}
        </button>
        <a href={href} target="_blank" rel="noreferrer noopener" referrerPolicy="no-referrer" className="button-danger link-as-button" onClick={() => dialog.current?.close()}>
          {t('view.links.openAnyway')}
        </a>
      </div>
    </dialog>
  );
}
