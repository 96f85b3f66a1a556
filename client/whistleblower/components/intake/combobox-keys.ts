// Keyboard behaviour of the species picker (WAI-ARIA 1.2 combobox with a listbox popup, list
// autocomplete without automatic selection). Pure: what a key does, given the popup's state.

export interface ComboboxState {
  readonly open: boolean;
  /** Index of the highlighted option, or null when none is. */
  readonly active: number | null;
  /** How many options the popup shows. */
  readonly count: number;
}

export type ComboboxAction =
  | { readonly type: 'show'; readonly active: number | null }
  | { readonly type: 'choose'; readonly index: number }
  | { readonly type: 'hide' }
  /** Not ours: let the browser do what it does (move the caret, submit, leave the field). */
  | { readonly type: 'default' };

export interface KeyInput {
  readonly key: string;
  readonly altKey: boolean;
}

/**
 * Down opens the list (Alt+Down without highlighting) and moves down, wrapping; Up moves up,
 * wrapping, or opens on the last option; Enter chooses the highlighted option; Escape closes the
 * list and keeps the text; Tab leaves without choosing.
 */
export function comboboxKey(input: KeyInput, state: ComboboxState): ComboboxAction {
  const last = state.count - 1;
  switch (input.key) {
    case 'ArrowDown':
      if (state.count === 0) return { type: 'default' };
      if (!state.open) return { type: 'show', active: input.altKey ? null : 0 };
      return { type: 'show', active: state.active === null || state.active >= last ? 0 : state.active + 1 };
    case 'ArrowUp':
      if (state.count === 0) return { type: 'default' };
      if (input.altKey) return state.open ? { type: 'hide' } : { type: 'default' };
      if (!state.open) return { type: 'show', active: last };
      return { type: 'show', active: state.active === null || state.active <= 0 ? last : state.active - 1 };
    case 'Enter':
      if (state.open && state.active !== null && state.active <= last) return { type: 'choose', index: state.active };
      return state.open ? { type: 'hide' } : { type: 'default' };
    case 'Escape':
      return state.open ? { type: 'hide' } : { type: 'default' };
    case 'Tab':
      return state.open ? { type: 'hide' } : { type: 'default' };
    default:
      return { type: 'default' };
  }
}
