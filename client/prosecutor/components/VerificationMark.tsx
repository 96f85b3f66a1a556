import type { ThreadEntry } from '../../shared/thread';
import { verificationMark } from '../services/verification-words';

export function VerificationMark(props: { readonly entry: Pick<ThreadEntry, 'role' | 'agencyName'> }) {
  return (
    <p className="verified">
      <span className="verified-icon" aria-hidden="true">
        ✓
      </span>{' '}
      {verificationMark(props.entry)}
    </p>
  );
}
