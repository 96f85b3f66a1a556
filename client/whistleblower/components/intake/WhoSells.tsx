// Questionnaire: who is selling (their name on the platform, their page, other contacts, code words).
import { useTranslation } from 'react-i18next';
import { INTAKE_LIMITS } from '../../../../api/intake';
import { Field } from '../Field';
import { fieldId } from '../../logic/tip-draft';
import { contactHandleLabel, fieldLabels } from './field-labels';
import { errorFor, textField, type GroupProps } from './group-props';
import { RowsField } from './RowsField';

export function WhoSells(props: GroupProps) {
  const { draft, errors, disabled, onChange } = props;
  const { t } = useTranslation('intake');
  const labels = fieldLabels(t);
  return (
    <section className="intake-group" aria-labelledby="intake-who">
      <h2 id="intake-who">{t('groups.who')}</h2>
      <Field {...textField(t, props, 'sellerHandle', INTAKE_LIMITS.sellerHandle)} label={labels.sellerHandle} hint={t('fields.sellerHandle.hint')} verbatim />
      <Field
        {...textField(t, props, 'sellerProfileUrl', INTAKE_LIMITS.sellerProfileUrl)}
        label={labels.sellerProfileUrl}
        hint={t('fields.sellerProfileUrl.hint')}
        verbatim
      />
      <RowsField
        id={fieldId('contactHandles-0').replace(/-0$/, '')}
        label={contactHandleLabel(t, 1)}
        rowLabel={(number) => contactHandleLabel(t, number)}
        hint={t('fields.contactHandles.hint')}
        values={draft.contactHandles}
        onChange={(contactHandles) => onChange({ contactHandles })}
        addLabel={t('fields.contactHandles.add')}
        removeLabel={(number) => t('fields.contactHandles.remove', { number })}
        removeText={t('form.remove')}
        fullText={t('fields.contactHandles.full', { max: INTAKE_LIMITS.contactHandles })}
        maxRows={INTAKE_LIMITS.contactHandles}
        maxLength={INTAKE_LIMITS.contactHandle}
        errors={(index) => errorFor(t, errors, `contactHandles-${index}`)}
        disabled={disabled}
      />
      <Field
        {...textField(t, props, 'codeWords', INTAKE_LIMITS.codeWords)}
        label={labels.codeWords}
        hint={t('fields.codeWords.hint')}
        multiline
        rows={3}
      />
    </section>
  );
}
