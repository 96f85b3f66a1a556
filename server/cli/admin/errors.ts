// The two ways a command fails, each with its exit code. Messages are one line for an operator:
// what is wrong and what to do, never a stack trace, never a secret.

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
export type ExitCode = typeof EXIT_OK | typeof EXIT_FAILURE | typeof EXIT_USAGE;

/** The command line is wrong (unknown option, missing or malformed value): exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly exitCode = EXIT_USAGE;
}

/** The command was understood but refused or failed (unknown agency, fingerprint mismatch…): exit 1. */
export class CommandError extends Error {
  override readonly name = 'CommandError';
  readonly exitCode = EXIT_FAILURE;
}
