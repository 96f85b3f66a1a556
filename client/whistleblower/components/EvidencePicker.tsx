// Choosing evidence files: the limits, the file input, and each chosen file with its size, what
// the check for hidden details found, "Keep the original" when something was removed, and Remove.
import { useTranslation } from 'react-i18next';
import { formatSize } from '../../shared/i18n/format';
import type { Message } from '../../shared/i18n/message';
import { useSay, useWords } from '../../shared/i18n/use-words';
import { removedSentence } from '../files/metadata/describe';
import type { ChosenFile } from '../logic/evidence';

export interface EvidencePickerProps {
  /** Input id, unique on the page. */
  readonly id: string;
  /** The input's label, exactly as the page shows it. */
  readonly label: string;
  readonly limitsText: Message | null;
  readonly files: readonly ChosenFile[];
  readonly refusals: readonly Message[];
  readonly disabled: boolean;
  readonly onChoose: (files: File[]) => void;
  readonly onRemove: (id: string) => void;
  readonly onKeepOriginal: (id: string, keep: boolean) => void;
}

function CheckResult({ chosen }: { readonly chosen: ChosenFile }) {
  const { t } = useTranslation('whistleblower');
  const words = useWords();
  if (chosen.check === null) return <p className="evidence-check">{t('evidence.checking')}</p>;
  const { report } = chosen.check;
  const description = removedSentence(report, words);
  if (report.action === 'not-checked') return <p className="evidence-check evidence-warning">{description}</p>;
  return <p className="evidence-check">{description}</p>;
}

export function EvidencePicker(props: EvidencePickerProps) {
  const { t } = useTranslation('whistleblower');
  const words = useWords();
  const say = useSay();
  const { id, label, limitsText, files, refusals, disabled } = props;
  const hintId = `${id}-hint`;
  return (
    <div className="field evidence">
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
      </div>
      <p id={hintId} className="field-hint">
        {limitsText === null ? t('evidence.loadingLimits') : say(limitsText)} {t('evidence.hiddenDetails')}
      </p>
      <input
        id={id}
        name={id}
        type="file"
        multiple
        disabled={disabled}
        aria-describedby={hintId}
        onChange={(event) => {
          const chosen = Array.from(event.target.files ?? []);
          // Let the same file be chosen again after it was removed.
          event.target.value = '';
          props.onChoose(chosen);
        }}
      />
      {refusals.map((reason, index) => (
        <p key={index} className="field-error" role="alert">
          {say(reason)}
        </p>
      ))}
      {files.length === 0 ? null : (
        <ul className="evidence-list">
          {files.map((chosen) => {
            const name = chosen.file.name;
            const keepId = `${chosen.id}-keep`;
            return (
              <li key={chosen.id} className="evidence-item">
                <p className="evidence-name">
                  <span className="verbatim">{name}</span>{' '}
                  <span className="evidence-size">{t('evidence.size', { size: formatSize(chosen.file.size, words) })}</span>
                </p>
                <CheckResult chosen={chosen} />
                {chosen.check?.report.action === 'removed' ? (
                  <div className="evidence-keep">
                    <input
                      type="checkbox"
                      id={keepId}
                      checked={chosen.keepOriginal}
                      disabled={disabled}
                      onChange={(event) => props.onKeepOriginal(chosen.id, event.target.checked)}
                    />
                    <label htmlFor={keepId}>{t('evidence.keepOriginal', { name })}</label>
                  </div>
                ) : null}
                {chosen.keepOriginal ? <p className="evidence-check evidence-warning">{t('evidence.originalWarning')}</p> : null}
                <button type="button" className="button-small" disabled={disabled} onClick={() => props.onRemove(chosen.id)}>
                  {t('evidence.remove', { name })}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
