// Country and language codes from the directory, in words (the browser knows the names).
function displayName(type: 'region' | 'language', code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type, fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function countryNames(codes: readonly string[]): string {
  return codes.map((code) => displayName('region', code)).join(', ');
}

export function languageNames(codes: readonly string[]): string {
  return codes.map((code) => displayName('language', code)).join(', ');
}
