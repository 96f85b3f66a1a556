// What every group of the questionnaire receives, and the helpers that wire a field to it.
import type { IntakeT } from './choice-labels';
import type { TipDraft, TipDraftPatch, TipErrors, TipField } from '../../logic/tip-draft';
import { fieldId } from '../../logic/tip-draft';
import { errorText } from './field-errors';

export interface GroupProps {
  readonly draft: TipDraft;
  readonly errors: TipErrors;
  /** While sending (or while a send may have arrived), nothing can be changed. */
  readonly disabled: boolean;
  readonly onChange: (patch: TipDraftPatch) => void;
}

/** The error text of `field`, if it has one. */
export function errorFor(t: IntakeT, errors: TipErrors, field: TipField): string | undefined {
  const error = errors[field];
  return error === undefined ? undefined : errorText(t, field, error);
}

type TextKey = { [K in keyof TipDraft]: TipDraft[K] extends string ? K : never }[keyof TipDraft] & TipField;

/** Props for the shared text Field (../Field.tsx) bound to one text field of the draft. */
export function textField(t: IntakeT, props: GroupProps, field: TextKey, maxLength: number) {
  return {
    id: fieldId(field),
    value: props.draft[field],
    error: errorFor(t, props.errors, field),
    maxLength,
    disabled: props.disabled,
    onChange: (value: string) => props.onChange({ [field]: value }),
  };
}
