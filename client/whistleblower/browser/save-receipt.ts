// Saves the receipt as a small file through a Blob URL (same origin, no network request).
export const RECEIPT_FILE_NAME = 'thicket-receipt.json';

export function saveReceipt(receiptText: string): void {
  const url = URL.createObjectURL(new Blob([receiptText], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = RECEIPT_FILE_NAME;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
