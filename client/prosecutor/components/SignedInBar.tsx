import { Trans, useTranslation } from 'react-i18next';
import type { MemberView } from '../../../api/index';

const STRONG = { strong: <strong /> };

/** Wraps a name in Unicode isolates (FSI … PDI): a name in one script keeps its punctuation in a sentence of another. */
const isolate = (text: string): string => `\u2068${text}\u2069`;

/** Who is signed in, and the way out. Shown at the top of every signed-in page. */
export function SignedInBar(props: { readonly member: MemberView; readonly signingOut: boolean; readonly onSignOut: () => void }) {
  const { t } = useTranslation('prosecutor');
  const { member } = props;
  return (
    <div className="signed-in-bar">
      <p className="signed-in-as">
        <Trans
          t={t}
          i18nKey="signedIn.as"
          values={{ name: isolate(member.displayName), username: isolate(member.username), agency: isolate(member.agencyName) }}
          components={STRONG}
        />
      </p>
      <button type="button" className="button-secondary" onClick={props.onSignOut} disabled={props.signingOut}>
        {t('signedIn.signOut')}
      </button>
    </div>
  );
}
