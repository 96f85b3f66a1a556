// Typed failures of the metadata cleaners. They never reach the UI as errors: removeMetadata turns
// each into a 'not-checked' report with a warning (fail closed).

/** The file is damaged, truncated or not what its type claims, so it could not be checked. */
export class UnreadableFileError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'UnreadableFileError';
  }
}

/** The file is password-protected or encrypted, so its hidden details cannot be read or removed. */
export class ProtectedFileError extends Error {
  constructor() {
    super('the file is encrypted');
    this.name = 'ProtectedFileError';
  }
}
