import { useSay } from '../../shared/i18n/use-words';
import type { ThreadEntry } from '../../shared/thread';
import { verificationText } from '../services/verification-words';

export function VerificationMark(props: { readonly entry: Pick<ThreadEntry, 'role' | 'agencyName'> }) {
  const say = useSay();
  return (
    <p className="verified">
      <span className="verified-icon" aria-hidden="true">
        ✓
      </span>{' '}
      {say(verificationText(props.entry))}
    </p>
  );
}
