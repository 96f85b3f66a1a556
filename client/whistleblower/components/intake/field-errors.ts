// A field's problem in plain words, in the page language.
import type { FieldError, TipField } from '../../logic/tip-draft';
import type { IntakeT } from './choice-labels';

export function errorText(t: IntakeT, field: TipField, error: FieldError): string {
  switch (error.kind) {
    case 'required':
      return field === 'description' ? t('errors.describe') : t('errors.required');
    case 'too_long':
      return t('errors.tooLong', { max: error.max });
    case 'too_many':
      return t('errors.tooMany', { max: error.max });
    case 'date':
      return t('errors.date');
    case 'invalid':
      return t('errors.invalid');
  }
}
