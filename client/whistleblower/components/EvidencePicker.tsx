// Choosing evidence files: the limits, the file input, and each chosen file with its size, what
// the check for hidden details found, "Keep the original" when something was removed, and Remove.
import { formatBytes } from '../../shared/files/format';
import type { ChosenFile } from '../logic/evidence';

export interface EvidencePickerProps {
  /** Input id, unique on the page. */
  readonly id: string;
  /** The input's label, exactly as the page shows it. */
  readonly label: string;
  readonly limitsText: string | null;
  readonly files: readonly ChosenFile[];
  readonly refusals: readonly string[];
  readonly disabled: boolean;
  readonly onChoose: (files: File[]) => void;
  readonly onRemove: (id: string) => void;
  readonly onKeepOriginal: (id: string, keep: boolean) => void;
}

function CheckResult({ chosen }: { readonly chosen: ChosenFile }) {
  if (chosen.check === null) return <p className="evidence-check">Checking for hidden details…</p>;
  const { report, description } = chosen.check;
  if (report.action === 'not-checked') return <p className="evidence-check evidence-warning">{description}</p>;
  return <p className="evidence-check">{description}</p>;
}

export function EvidencePicker(props: EvidencePickerProps) {
  const { id, label, limitsText, files, refusals, disabled } = props;
  const hintId = `${id}-hint`;
  return (
    <div className="field evidence">
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
      </div>
      <p id={hintId} className="field-hint">
        {limitsText ?? 'Loading the file limits…'} Photos, screenshots and documents can carry hidden details, such as where
        a photo was taken: this page removes what it can before anything is encrypted and sent.
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
      {refusals.map((reason) => (
        <p key={reason} className="field-error" role="alert">
          {reason}
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
                  <span className="verbatim">{name}</span> <span className="evidence-size">({formatBytes(chosen.file.size)})</span>
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
                    <label htmlFor={keepId}>Keep the original of {name} (not recommended)</label>
                  </div>
                ) : null}
                {chosen.keepOriginal ? (
                  <p className="evidence-check evidence-warning">The original will be sent with its hidden details, which may point to you.</p>
                ) : null}
                <button type="button" className="button-small" disabled={disabled} onClick={() => props.onRemove(chosen.id)}>
                  Remove {name}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
