// Questionnaire: what animal or plant (as the seller names it, as the person believes it is), what
// is offered (kept apart from the species), how much, and the price.
import { useTranslation } from 'react-i18next';
import { INTAKE_LIMITS, PRODUCT_TYPES, type ProductType } from '../../../../api/intake';
import { useNoJs } from '../../../shared/no-js/no-js';
import { Field } from '../Field';
import { CheckboxGroup } from './ChoiceGroup';
import { productTypeLabels } from './choice-labels';
import { currencyOptions } from './currencies';
import { fieldId } from '../../logic/tip-draft';
import { fieldLabels } from './field-labels';
import { errorFor, textField, type GroupProps } from './group-props';
import { SelectField } from './SelectField';
import { SpeciesPicker } from './SpeciesPicker';

function isProductType(value: string): value is ProductType {
  return (PRODUCT_TYPES as readonly string[]).includes(value);
}

export function WhatAnimal(props: GroupProps) {
  const { draft, errors, disabled, onChange } = props;
  const { t, i18n } = useTranslation('intake');
  const labels = fieldLabels(t);
  const noJs = useNoJs() !== null;
  const products = productTypeLabels(t);
  return (
    <section className="intake-group" aria-labelledby="intake-animal">
      <h2 id="intake-animal">{t('groups.animal')}</h2>
      <SpeciesPicker
        id={fieldId('speciesClaimed')}
        label={labels.speciesClaimed}
        hint={t('fields.speciesClaimed.hint')}
        value={draft.speciesClaimed}
        onChange={(speciesClaimed) => onChange({ speciesClaimed })}
        error={errorFor(t, errors, 'speciesClaimed')}
        disabled={disabled}
      />
      <SpeciesPicker
        id={fieldId('speciesBelieved')}
        label={labels.speciesBelieved}
        hint={t('fields.speciesBelieved.hint')}
        value={draft.speciesBelieved}
        onChange={(speciesBelieved) => onChange({ speciesBelieved })}
        error={errorFor(t, errors, 'speciesBelieved')}
        disabled={disabled}
      />
      <CheckboxGroup
        id={fieldId('productTypes')}
        legend={labels.productTypes}
        hint={t('fields.productTypes.hint')}
        options={PRODUCT_TYPES.map((value) => ({ value, label: products[value] }))}
        values={draft.productTypes}
        onChange={(values) => onChange({ productTypes: values.filter(isProductType) })}
        error={errorFor(t, errors, 'productTypes')}
        disabled={disabled}
      >
        {noJs || draft.productTypes.includes('other') ? (
          <Field {...textField(t, props, 'productOther', INTAKE_LIMITS.productOther)} label={labels.productOther} />
        ) : null}
      </CheckboxGroup>
      <Field {...textField(t, props, 'quantity', INTAKE_LIMITS.quantity)} label={labels.quantity} hint={t('fields.quantity.hint')} />
      <div className="field-pair">
        <Field {...textField(t, props, 'priceAmount', INTAKE_LIMITS.priceAmount)} label={labels.priceAmount} hint={t('fields.priceAmount.hint')} />
        <SelectField
          id={fieldId('priceCurrency')}
          label={labels.priceCurrency}
          value={draft.priceCurrency}
          options={currencyOptions(i18n.language).map(({ code, name }) => ({ value: code, label: `${name} (${code})` }))}
          error={errorFor(t, errors, 'priceCurrency')}
          disabled={disabled}
          onChange={(priceCurrency) => onChange({ priceCurrency })}
        />
      </div>
    </section>
  );
}
