// On the case page: the whistleblower's browser ran no JavaScript, so the server encrypted this
// case's tip (and any answers sent that way) on arrival. The server says so; nothing signed does.
import { Trans, useTranslation } from 'react-i18next';

const STRONG = { strong: <strong /> };

/** The note for a case the server encrypted; nothing for any other case. */
export function ServerEncryptedNote(props: { readonly encryptedOnServer: boolean }) {
  const { t } = useTranslation('prosecutor');
  if (!props.encryptedOnServer) return null;
  return (
    <p className="warning">
      <Trans t={t} i18nKey="case.encryptedOnServer" components={STRONG} />
    </p>
  );
}
