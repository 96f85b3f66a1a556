// The whistleblower app: landing, making a report, coming back with a case code. Which screen
// shows is page-level state; nothing is kept in the URL (but the language), in storage or in
// cookies, so a reload starts afresh. Crypto and data fetching stay out of render paths (see
// client/README.md). Switching the language changes only the words: every screen's state stays.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROOT_PUBLIC_KEY } from '../shared/root-key';
import { Landing } from './components/Landing';
import { OnionWarning } from './components/OnionWarning';
import { SiteHeader } from './components/SiteHeader';
import { FlowLoader } from './components/FlowLoader';
import { preloadReport, preloadReturn, preloadWhenIdle } from './services/load-services';

type Flow = 'landing' | 'report' | 'return';

export function App({ rootPublicKey = ROOT_PUBLIC_KEY }: { readonly rootPublicKey?: string }) {
  const { t } = useTranslation('whistleblower');
  const [flow, setFlow] = useState<Flow>('landing');
  const [moved, setMoved] = useState(false);

  const title = t('site.title');
  useEffect(() => {
    document.title = title;
  }, [title]);

  // Once the landing page is on screen, fetch what a report needs while the browser is idle.
  useEffect(() => (rootPublicKey === '' ? undefined : preloadWhenIdle()), [rootPublicKey]);

  const go = (next: Flow): void => {
    // Start loading the crypto at once (if not yet done): it arrives while the person reads or types.
    if (next === 'report') preloadReport();
    else if (next === 'return') preloadReturn();
    setMoved(true);
    setFlow(next);
  };

  return (
    <>
      <SiteHeader />
      <main className="page" id="main">
        <OnionWarning />
        {flow === 'landing' ? (
          <Landing ready={rootPublicKey !== ''} focusHeading={moved} onReport={() => go('report')} onReturn={() => go('return')} />
        ) : null}
        {/* The screens after the landing page load after it (FlowLoader). */}
        {flow === 'report' ? (
          <FlowLoader>{({ ReportFlow }) => <ReportFlow rootPublicKey={rootPublicKey} onOpenCase={() => go('return')} onCancel={() => go('landing')} />}</FlowLoader>
        ) : null}
        {flow === 'return' ? <FlowLoader>{({ ReturnFlow }) => <ReturnFlow rootPublicKey={rootPublicKey} onLeave={() => go('landing')} />}</FlowLoader> : null}
      </main>
    </>
  );
}
