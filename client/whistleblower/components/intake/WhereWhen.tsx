// Questionnaire: where the seller and the goods are (country and town), and when it was seen.
import { useTranslation } from 'react-i18next';
import { INTAKE_LIMITS } from '../../../../api/intake';
import { Field } from '../Field';
import { countryOptions } from './countries';
import { DateField } from './DateField';
import { fieldId } from '../../logic/tip-draft';
import { fieldLabels } from './field-labels';
import { errorFor, textField, type GroupProps } from './group-props';
import { SelectField } from './SelectField';

export function WhereWhen(props: GroupProps) {
  const { draft, errors, disabled, onChange } = props;
  const { t, i18n } = useTranslation('intake');
  const labels = fieldLabels(t);
  const countries = countryOptions(i18n.language).map(({ code, name }) => ({ value: code, label: name }));
  return (
    <section className="intake-group" aria-labelledby="intake-where-when">
      <h2 id="intake-where-when">{t('groups.whereWhen')}</h2>
      <SelectField
        id={fieldId('sellerCountry')}
        label={labels.sellerCountry}
        hint={t('fields.sellerCountry.hint')}
        value={draft.sellerCountry}
        options={countries}
        error={errorFor(t, errors, 'sellerCountry')}
        disabled={disabled}
        onChange={(sellerCountry) => onChange({ sellerCountry })}
      />
      <Field {...textField(t, props, 'sellerCity', INTAKE_LIMITS.city)} label={labels.sellerCity} />
      <SelectField
        id={fieldId('goodsCountry')}
        label={labels.goodsCountry}
        hint={t('fields.goodsCountry.hint')}
        value={draft.goodsCountry}
        options={countries}
        error={errorFor(t, errors, 'goodsCountry')}
        disabled={disabled}
        onChange={(goodsCountry) => onChange({ goodsCountry })}
      />
      <Field {...textField(t, props, 'goodsCity', INTAKE_LIMITS.city)} label={labels.goodsCity} />
      <DateField
        id={fieldId('seenOn')}
        label={labels.seenOn}
        hint={t('fields.seenOn.hint')}
        value={draft.seenOn}
        error={errorFor(t, errors, 'seenOn')}
        disabled={disabled}
        onChange={(seenOn) => onChange({ seenOn })}
      />
    </section>
  );
}
