// The wildlife intake questionnaire (tip version 2): every field of api/intake.ts in plain groups.
// Only "What did you see?" is needed; everything else may be left out. Goes inside the report form;
// the form's owner keeps the draft, checks it and sends it.
import { useTranslation } from 'react-i18next';
import { AboutYou } from './AboutYou';
import { ErrorSummary } from './ErrorSummary';
import type { GroupProps } from './group-props';
import { WhatAnimal } from './WhatAnimal';
import { WhatHappened } from './WhatHappened';
import { WhereOffered } from './WhereOffered';
import { WhereWhen } from './WhereWhen';
import { WhoSells } from './WhoSells';

export type IntakeFieldsProps = GroupProps;

export function IntakeFields(props: IntakeFieldsProps) {
  const { t } = useTranslation('intake');
  return (
    <div className="intake">
      <ErrorSummary errors={props.errors} />
      <p className="note">{t('form.optional')}</p>
      <WhatHappened {...props} />
      <WhereOffered {...props} />
      <WhoSells {...props} />
      <WhatAnimal {...props} />
      <WhereWhen {...props} />
      <AboutYou {...props} />
    </div>
  );
}
