/** The prosecutor app: hash routes, the in-memory session, and who may see which page. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROSECUTOR_LANGUAGES } from '../shared/i18n/languages';
import { LanguagePicker } from '../shared/i18n/LanguagePicker';
import { ROOT_PUBLIC_KEY } from '../shared/root-key';
import { SignedInBar } from './components/SignedInBar';
import { navigate, useHashRoute } from './hooks/use-hash-route';
import { useSessionState } from './hooks/use-session';
import { AdminPage } from './pages/AdminPage';
import { CasePage } from './pages/CasePage';
import { InboxPage } from './pages/InboxPage';
import { InvitePage } from './pages/InvitePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { WaitingPage } from './pages/WaitingPage';
import { decideRoute, hrefFor, type Route } from './routes';
import type { MemberSession } from './session';
import { signOut } from './services/sign-in';

function SignedInPage(props: { readonly route: Route; readonly session: MemberSession }) {
  const { route, session } = props;
  switch (route.name) {
    case 'admin':
      return <AdminPage session={session} />;
    case 'inbox':
      return <InboxPage session={session} />;
    case 'case':
      return <CasePage key={route.caseId} session={session} caseId={route.caseId} />;
    case 'waiting':
      return <WaitingPage session={session} />;
    default:
      return null;
  }
}

export function App() {
  const { t } = useTranslation('prosecutor');
  const route = useHashRoute();
  const { session, endReason } = useSessionState();
  const [signingOut, setSigningOut] = useState(false);
  const decision = decideRoute(route, session === null ? null : session.member);

  const redirectTo = decision.kind === 'redirect' ? hrefFor(decision.to) : null;
  useEffect(() => {
    if (redirectTo !== null) navigate(redirectTo, { replace: true });
  }, [redirectTo]);

  const onSignOut = async () => {
    setSigningOut(true);
    await signOut();
    setSigningOut(false);
    navigate(hrefFor({ name: 'login' }), { replace: true });
  };

  let page;
  if (decision.kind === 'login') page = <LoginPage endReason={endReason} />;
  else if (decision.kind === 'redirect') page = null;
  else if (decision.route.name === 'login') page = <LoginPage endReason={endReason} />;
  else if (decision.route.name === 'invite') page = <InvitePage key={decision.route.token} token={decision.route.token} />;
  else if (decision.route.name === 'notFound') page = <NotFoundPage />;
  else if (session !== null) page = <SignedInPage route={decision.route} session={session} />;
  else page = <LoginPage endReason={endReason} />;

  const showBar = session !== null && decision.kind === 'show' && decision.route.name !== 'invite' && decision.route.name !== 'notFound';
  return (
    <>
      <header className="app-header">
        <p className="app-name">{t('app.name')}</p>
        {showBar ? <SignedInBar member={session.member} signingOut={signingOut} onSignOut={() => void onSignOut()} /> : null}
        <LanguagePicker app="prosecutor" languages={PROSECUTOR_LANGUAGES} />
      </header>
      <main className="page page-wide" id="main">
        {ROOT_PUBLIC_KEY === '' ? (
          <p className="warning">{t('app.noRootKey')}</p>
        ) : null}
        {page}
      </main>
    </>
  );
}
