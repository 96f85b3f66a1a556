// Command-line options through node:util parseArgs, strict: unknown options, positionals,
// missing values and repeated options are usage errors (a repeated --fingerprint must not
// silently keep the last one).
import { parseArgs } from 'node:util';
import { UsageError } from './errors';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
}
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export type ParsedOptions<S extends OptionSpecs> = {
  readonly [K in keyof S]?: S[K]['type'] extends 'boolean' ? boolean : string;
};

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/\.$/, '');
}

function describeParseError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const ambiguous = /^Option '(--[^']+)' argument is ambiguous/.exec(message);
  if (ambiguous !== null) return `${ambiguous[1] ?? 'an option'} needs a value`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const positional = /^Unexpected argument '([^']*)'/.exec(message);
    return `unexpected argument ${JSON.stringify(positional?.[1] ?? '')}: every value follows its --option`;
  }
  return firstLine(message);
}

/** Parses `argv` against `specs` or throws UsageError. `--help` is always accepted. */
export function parseOptions<S extends OptionSpecs>(argv: readonly string[], specs: S): ParsedOptions<S> & { readonly help?: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...specs, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
      tokens: true,
    });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given more than once`);
    seen.add(token.name);
  }
  return parsed.values as ParsedOptions<S> & { readonly help?: boolean };
}

/** The value of a required string option, or UsageError naming it. */
export function required(value: string | undefined, option: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`--${option} is required`);
  return value;
}
