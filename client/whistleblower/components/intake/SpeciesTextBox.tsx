// The species question without JavaScript (Tor Browser "Safest"): a plain text box, and the
// browser's own suggestions from a list of the names in the page language (a datalist, which
// needs no script). On arrival the server turns a name from the list into that taxon, and keeps
// anything else as the person's own words (logic/draft-from-form.ts).
import { useTranslation } from 'react-i18next';
import { INTAKE_LIMITS } from '../../../../api/intake';
import { TAXA } from '../../../shared/species/index';
import { described } from './described-by';
import { LabelledField } from './FieldParts';
import type { SpeciesPickerProps } from './SpeciesPicker';
import { shownText, speciesLanguage } from './species-options';

export function SpeciesTextBox({ id, label, hint, value, error, disabled = false }: SpeciesPickerProps) {
  const { t, i18n } = useTranslation('intake');
  const language = speciesLanguage(i18n.language);
  const { hintId, errorId, aria } = described(id, true, error);
  const listId = `${id}-names`;
  return (
    <LabelledField id={id} label={label} hintId={hintId} hint={hint} errorId={errorId} error={error}>
      <input
        id={id}
        name={id}
        type="text"
        list={listId}
        autoComplete="off"
        dir="auto"
        maxLength={INTAKE_LIMITS.speciesText}
        disabled={disabled}
        defaultValue={shownText(value, language, t('species.unknown'))}
        {...aria}
      />
      <datalist id={listId}>
        <option value={t('species.unknown')} />
        {TAXA.map((taxon) => (
          <option key={taxon.id} value={taxon.names[language][0]}>
            {taxon.scientificName}
          </option>
        ))}
      </datalist>
    </LabelledField>
  );
}
