// Copies text with the Clipboard API when the browser allows it; otherwise selects `element`'s
// text so the person can copy it with their keyboard or menu.
export type CopyOutcome = 'copied' | 'selected';

function select(element: HTMLElement): void {
  const selection = window.getSelection();
  if (selection === null) return;
  selection.removeAllRanges();
  selection.selectAllChildren(element);
}

export async function copyText(text: string, element: HTMLElement | null): Promise<CopyOutcome> {
  try {
    if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    if (element !== null) select(element);
    return 'selected';
  }
}
