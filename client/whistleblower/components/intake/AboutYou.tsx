// Questionnaire, last part: how the person knows, whether questions are welcome, interest in a
// reward. Every answer may be left out; "no answer" is a choice like the others.
import { useTranslation } from 'react-i18next';
import { HOW_KNOWN, INTAKE_LIMITS, type HowKnown } from '../../../../api/intake';
import { useNoJs } from '../../../shared/no-js/no-js';
import { Field } from '../Field';
import { RadioGroup } from './ChoiceGroup';
import { howKnownLabels } from './choice-labels';
import { fieldId, type YesNo } from '../../logic/tip-draft';
import { fieldLabels } from './field-labels';
import { errorFor, textField, type GroupProps } from './group-props';

function isHowKnown(value: string): value is HowKnown {
  return (HOW_KNOWN as readonly string[]).includes(value);
}

function toYesNo(value: string): YesNo {
  return value === 'yes' || value === 'no' ? value : '';
}

export function AboutYou(props: GroupProps) {
  const { draft, errors, disabled, onChange } = props;
  const { t } = useTranslation('intake');
  const labels = fieldLabels(t);
  const noJs = useNoJs() !== null;
  const how = howKnownLabels(t);
  return (
    <section className="intake-group" aria-labelledby="intake-you">
      <h2 id="intake-you">{t('groups.you')}</h2>
      <RadioGroup
        id={fieldId('howKnown')}
        legend={labels.howKnown}
        hint={t('fields.howKnown.hint')}
        options={[...HOW_KNOWN.map((value) => ({ value, label: how[value] })), { value: '', label: t('form.preferNotToSay') }]}
        value={draft.howKnown}
        onChange={(value) => onChange({ howKnown: isHowKnown(value) ? value : '' })}
        error={errorFor(t, errors, 'howKnown')}
        disabled={disabled}
      >
        {noJs || draft.howKnown === 'other' ? (
          <Field {...textField(t, props, 'howKnownOther', INTAKE_LIMITS.howKnownOther)} label={labels.howKnownOther} />
        ) : null}
      </RadioGroup>
      <RadioGroup
        id={fieldId('acceptsQuestions')}
        legend={labels.acceptsQuestions}
        hint={t('fields.acceptsQuestions.hint')}
        options={[
          { value: 'yes', label: t('form.yes') },
          { value: 'no', label: t('form.no') },
          { value: '', label: t('form.notSure') },
        ]}
        value={draft.acceptsQuestions}
        onChange={(value) => onChange({ acceptsQuestions: toYesNo(value) })}
        error={errorFor(t, errors, 'acceptsQuestions')}
        disabled={disabled}
      />
      <RadioGroup
        id={fieldId('rewardInterest')}
        legend={labels.rewardInterest}
        hint={t('fields.rewardInterest.hint')}
        options={[
          { value: 'yes', label: t('form.yes') },
          { value: 'no', label: t('form.no') },
          { value: '', label: t('form.notSure') },
        ]}
        value={draft.rewardInterest}
        onChange={(value) => onChange({ rewardInterest: toYesNo(value) })}
        error={errorFor(t, errors, 'rewardInterest')}
        disabled={disabled}
      />
    </section>
  );
}
