// Ids of a control's hint and error, and the aria-describedby that ties them to it.

export interface Described {
  readonly hintId: string;
  readonly errorId: string;
  /** Spread onto the control: aria-describedby (when there is something to describe) and aria-invalid. */
  readonly aria: { readonly 'aria-describedby'?: string; readonly 'aria-invalid': boolean };
}

export function described(id: string, hasHint: boolean, error: string | undefined): Described {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const ids = [hasHint ? hintId : null, error === undefined ? null : errorId].filter((x) => x !== null).join(' ');
  return { hintId, errorId, aria: { ...(ids === '' ? {} : { 'aria-describedby': ids }), 'aria-invalid': error !== undefined } };
}
