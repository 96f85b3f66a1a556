// Questionnaire, first part: a title and, the only answer needed, what the person saw.
import { useTranslation } from 'react-i18next';
import { INTAKE_LIMITS } from '../../../../api/intake';
import { Field } from '../Field';
import { fieldLabels } from './field-labels';
import { textField, type GroupProps } from './group-props';

export function WhatHappened(props: GroupProps) {
  const { t } = useTranslation('intake');
  const labels = fieldLabels(t);
  return (
    <section className="intake-group" aria-labelledby="intake-what">
      <h2 id="intake-what">{t('groups.what')}</h2>
      <Field {...textField(t, props, 'title', INTAKE_LIMITS.title)} label={labels.title} hint={t('fields.title.hint')} />
      <Field
        {...textField(t, props, 'description', INTAKE_LIMITS.description)}
        label={labels.description}
        hint={t('fields.description.hint')}
        required
        multiline
        rows={8}
      />
    </section>
  );
}
