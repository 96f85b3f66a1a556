// Copies text for the prosecutor. The Clipboard API needs a secure context (the onion service or
// localhost); when it is refused the caller shows the text selected instead.
export type CopyResult = 'copied' | 'failed';

export async function copyToClipboard(text: string): Promise<CopyResult> {
  try {
    if (typeof navigator.clipboard?.writeText !== 'function') return 'failed';
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}
