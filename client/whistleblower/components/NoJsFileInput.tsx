// Evidence files without JavaScript (Tor Browser "Safest"): the browser's own file box, posted
// with the form; the server removes metadata and encrypts them on arrival (nojs/send-files.ts).
// With JavaScript the app's EvidencePicker is used instead.
import { useTranslation } from 'react-i18next';
import { NO_JS_FILE_LIMITS } from '../../../api/no-js';
import { formatSize } from '../../shared/i18n/format';
import { useWords } from '../../shared/i18n/use-words';

export function NoJsFileInput({ id, label, disabled = false }: { readonly id: string; readonly label: string; readonly disabled?: boolean }) {
  const { t } = useTranslation('whistleblower');
  const words = useWords();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
      </div>
      <p id={hintId} className="field-hint">
        {t('nojs.filesHint', { count: NO_JS_FILE_LIMITS.maxFiles, size: formatSize(NO_JS_FILE_LIMITS.maxTotalBytes, words) })}
      </p>
      <input id={id} name="files" type="file" multiple disabled={disabled} aria-describedby={hintId} />
    </div>
  );
}
