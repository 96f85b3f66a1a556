// One English sentence for the UI saying what the metadata check did to a file.
import type { MetadataReport } from './types';
import { WARNINGS } from './warnings';

/** "Camera serial number" reads "camera serial number" mid-sentence; "GPS position" stays as it is. */
function midSentence(label: string): string {
  const [first, second] = label;
  if (first === undefined || second === undefined || second !== second.toLowerCase()) return label;
  return first.toLowerCase() + label.slice(1);
}

/** e.g. "Removed: GPS position, camera serial number." */
export function describeRemoved(report: MetadataReport): string {
  switch (report.action) {
    case 'removed': {
      if (report.removed.length === 0) return 'Hidden details were removed from this file.';
      const [first = '', ...rest] = report.removed;
      return `Removed: ${[first, ...rest.map(midSentence)].join(', ')}.`;
    }
    case 'none-found':
      return 'No hidden details were found in this file.';
    case 'not-checked':
      return report.warning ?? WARNINGS.unsupported;
  }
}
