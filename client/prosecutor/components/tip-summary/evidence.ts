// How many evidence files the whistleblower sent with the case, from the verified thread.
import type { ThreadEntry } from '../../../shared/thread';

export function countWhistleblowerFiles(entries: readonly ThreadEntry[]): number {
  let count = 0;
  for (const entry of entries) if (entry.role === 'whistleblower' && entry.content.kind === 'files') count += entry.content.files.length;
  return count;
}
