// One line for stderr when the process cannot start, so an operator sees the cause at once
// (no stack trace: those go to the log at fatal level).
import { ConfigError } from './config';

export function describeStartupError(prefix: string, error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `${prefix}: ${message.replace(/\s*\n\s*/g, ' ')}`;
}
