// Questionnaire: where it was offered (platform or app, links to the listings, the listing's number).
import { useTranslation } from 'react-i18next';
import { INTAKE_LIMITS, PLATFORMS, type Platform } from '../../../../api/intake';
import { useNoJs } from '../../../shared/no-js/no-js';
import { Field } from '../Field';
import { platformLabels } from './choice-labels';
import { fieldId } from '../../logic/tip-draft';
import { fieldLabels, listingUrlLabel } from './field-labels';
import { errorFor, textField, type GroupProps } from './group-props';
import { RowsField } from './RowsField';
import { SelectField, type SelectOption } from './SelectField';

function isPlatform(value: string): value is Platform {
  return (PLATFORMS as readonly string[]).includes(value);
}

export function WhereOffered(props: GroupProps) {
  const { draft, errors, disabled, onChange } = props;
  const { t, i18n } = useTranslation('intake');
  const labels = fieldLabels(t);
  // Without JavaScript the "other" box cannot appear on choosing "Other": it is always there.
  const noJs = useNoJs() !== null;
  const names = platformLabels(t);
  const collator = new Intl.Collator([i18n.language, 'en']);
  // Sorted as the page language sorts, "Other" last.
  const listed: SelectOption[] = PLATFORMS.filter((p) => p !== 'other').map((p) => ({ value: p, label: names[p] }));
  const options = [...listed.sort((a, b) => collator.compare(a.label, b.label)), { value: 'other', label: names.other }];
  return (
    <section className="intake-group" aria-labelledby="intake-where-offered">
      <h2 id="intake-where-offered">{t('groups.whereOffered')}</h2>
      <SelectField
        id={fieldId('platform')}
        label={labels.platform}
        hint={t('fields.platform.hint')}
        value={draft.platform}
        options={options}
        error={errorFor(t, errors, 'platform')}
        disabled={disabled}
        onChange={(value) => onChange({ platform: isPlatform(value) ? value : '' })}
      />
      {noJs || draft.platform === 'other' ? (
        <Field {...textField(t, props, 'platformOther', INTAKE_LIMITS.platformOther)} label={labels.platformOther} />
      ) : null}
      <RowsField
        id={fieldId('listingUrls-0').replace(/-0$/, '')}
        label={listingUrlLabel(t, 1)}
        rowLabel={(number) => listingUrlLabel(t, number)}
        hint={t('fields.listingUrls.hint')}
        values={draft.listingUrls}
        onChange={(listingUrls) => onChange({ listingUrls })}
        addLabel={t('fields.listingUrls.add')}
        removeLabel={(number) => t('fields.listingUrls.remove', { number })}
        removeText={t('form.remove')}
        fullText={t('fields.listingUrls.full', { max: INTAKE_LIMITS.listingUrls })}
        maxRows={INTAKE_LIMITS.listingUrls}
        maxLength={INTAKE_LIMITS.listingUrl}
        errors={(index) => errorFor(t, errors, `listingUrls-${index}`)}
        disabled={disabled}
      />
      <Field {...textField(t, props, 'listingId', INTAKE_LIMITS.listingId)} label={labels.listingId} hint={t('fields.listingId.hint')} verbatim />
    </section>
  );
}
