// The species picker: a text box that suggests taxa from the hand-written list as the person
// types, in any language (WAI-ARIA 1.2 combobox with a listbox popup; keys in combobox-keys.ts).
// Each suggestion shows the common name, the scientific name and the CITES appendix. "I don't
// know" is always offered, and whatever is typed is kept as the person's own words when nothing
// is picked: the list never blocks anyone.
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INTAKE_LIMITS } from '../../../../api/intake';
import { useNoJs } from '../../../shared/no-js/no-js';
import { SpeciesTextBox } from './SpeciesTextBox';
import { comboboxKey } from './combobox-keys';
import type { SpeciesDraft } from '../../logic/tip-draft';
import { picked, shownText, speciesLanguage, speciesOptions, typed, type SpeciesOption } from './species-options';

export interface SpeciesPickerProps {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly value: SpeciesDraft;
  readonly onChange: (next: SpeciesDraft) => void;
  readonly error?: string | undefined;
  readonly disabled?: boolean;
}

function OptionText({ option }: { readonly option: SpeciesOption }) {
  const { t } = useTranslation('intake');
  if (option.kind === 'unknown') return <span className="species-option-name">{t('species.unknown')}</span>;
  return (
    <>
      <span className="species-option-name">{option.name}</span>
      {', '}
      <i className="species-option-latin" lang="la">
        {option.scientificName}
      </i>
      {', '}
      <span className="species-option-cites">
        {option.cites === null ? t('species.notListed') : t('species.citesAppendix', { appendix: option.cites })}
      </span>
      {option.matched === null ? null : <span className="species-option-matched"> ({t('species.matched', { text: option.matched })})</span>}
    </>
  );
}

export function SpeciesPicker(props: SpeciesPickerProps) {
  // Without JavaScript: a plain text box; the browser suggests names from a list in the page.
  if (useNoJs() !== null) return <SpeciesTextBox {...props} />;
  return <SpeciesCombobox {...props} />;
}

function SpeciesCombobox(props: SpeciesPickerProps) {
  const { id, label, hint, value, onChange, error, disabled = false } = props;
  const { t, i18n } = useTranslation('intake');
  const language = speciesLanguage(i18n.language);
  const unknownLabel = t('species.unknown');
  const text = shownText(value, language, unknownLabel);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState<number | null>(null);
  const options = open ? speciesOptions(text, language) : [];
  const taxaCount = options.filter((option) => option.kind === 'taxon').length;
  const listId = `${id}-options`;
  const optionId = (index: number): string => `${id}-option-${index}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hintId, error === undefined ? null : errorId].filter((x) => x !== null).join(' ');

  useEffect(() => {
    if (open && active !== null) document.getElementById(`${id}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [open, active, id]);

  const choose = (index: number): void => {
    const option = options[index];
    if (option === undefined) return;
    onChange(picked(option, language, unknownLabel));
    setOpen(false);
    setActive(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    // The options a closed list would show, so the first Down opens onto them.
    const count = open ? options.length : speciesOptions(text, language).length;
    const action = comboboxKey({ key: event.key, altKey: event.altKey }, { open, active, count });
    if (action.type === 'default') return;
    if (event.key !== 'Tab') event.preventDefault();
    if (action.type === 'show') {
      setOpen(true);
      setActive(action.active);
    } else if (action.type === 'choose') {
      choose(action.index);
    } else {
      setOpen(false);
      setActive(null);
    }
  };

  return (
    <div className={error === undefined ? 'field species-picker' : 'field species-picker field-invalid'}>
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
      </div>
      <p id={hintId} className="field-hint">
        {hint}
      </p>
      <input
        id={id}
        name={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-describedby={describedBy}
        aria-invalid={error !== undefined}
        {...(open && active !== null ? { 'aria-activedescendant': optionId(active) } : {})}
        value={text}
        maxLength={INTAKE_LIMITS.speciesText}
        disabled={disabled}
        onChange={(event) => {
          onChange(typed(event.target.value));
          setOpen(event.target.value.trim() !== '');
          setActive(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          setActive(null);
        }}
      />
      {open ? (
        <ul id={listId} role="listbox" aria-label={t('species.suggestions')} className="species-options">
          {options.map((option, index) => (
            <li
              key={option.kind === 'taxon' ? option.id : 'unknown'}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'species-option species-option-active' : 'species-option'}
              // Keep the focus in the text box: the click chooses, the box stays the place to type.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(index)}
            >
              <OptionText option={option} />
            </li>
          ))}
        </ul>
      ) : null}
      <p role="status" className="visually-hidden">
        {open ? (taxaCount === 0 ? t('species.noMatch') : t('species.found', { count: taxaCount })) : ''}
      </p>
      {error === undefined ? null : (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
