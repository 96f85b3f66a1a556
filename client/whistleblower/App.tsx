import { SafetyAdvice } from './SafetyAdvice';

/** The whistleblower app. Crypto and data fetching stay out of render paths (see client/README.md). */
export function App() {
  return (
    <main className="page" id="main">
      <header className="page-header">
        <h1>Report wildlife trade safely</h1>
        <p className="lead">
          Seen protected animals or plants sold online? Tell the prosecutors who can act on it. You do not
          give your name, and only they can read what you write.
        </p>
      </header>
      <SafetyAdvice />
      <section aria-labelledby="status-heading" className="card">
        <h2 id="status-heading">This tip line is being set up</h2>
        <p>Reporting opens once the receiving agencies have been enrolled. Please come back later.</p>
      </section>
    </main>
  );
}
