import { SafetyAdvice } from './SafetyAdvice';
import { ScreenHeading } from './ScreenHeading';

export interface LandingProps {
  /** False when no root key is built in: the tip line is not set up yet. */
  readonly ready: boolean;
  readonly focusHeading: boolean;
  readonly onReport: () => void;
  readonly onReturn: () => void;
}

export function Landing({ ready, focusHeading, onReport, onReturn }: LandingProps) {
  return (
    <>
      <ScreenHeading focus={focusHeading}>Report wildlife trade safely</ScreenHeading>
      <p className="lead">
        Seen protected animals or plants sold online? Tell the prosecutors who can act on it. You do not give your
        name, and only they can read what you write.
      </p>
      <SafetyAdvice />
      {ready ? (
        <section aria-labelledby="start-heading" className="card">
          <h2 id="start-heading">What would you like to do?</h2>
          <div className="actions actions-stacked">
            <button type="button" className="button-primary" onClick={onReport}>
              Make a report
            </button>
            <button type="button" onClick={onReturn}>
              I have a case code
            </button>
          </div>
          <p className="note">Use &ldquo;I have a case code&rdquo; to read questions about a report you sent before and to answer them.</p>
        </section>
      ) : (
        <section aria-labelledby="status-heading" className="card">
          <h2 id="status-heading">This tip line is being set up</h2>
          <p>Reporting opens once the receiving agencies have been enrolled. Please come back later.</p>
        </section>
      )}
    </>
  );
}
