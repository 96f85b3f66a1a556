// The confirmation step after the recovery key is shown: the person types its last group back,
// which shows they have it written down (not just that they clicked). Pure.

/** Crockford base32 as the recovery key reader accepts it: O reads as 0, I and L as 1. */
function normalise(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export function lastGroup(recoveryKeyText: string): string {
  const groups = recoveryKeyText.split('-');
  return groups[groups.length - 1] ?? '';
}

export function matchesLastGroup(typed: string, recoveryKeyText: string): boolean {
  const expected = normalise(lastGroup(recoveryKeyText));
  return expected !== '' && normalise(typed) === expected;
}
