import { ScreenHeading } from './ScreenHeading';

export function ReportSent({ onOpenCase }: { readonly onOpenCase: () => void }) {
  return (
    <>
      <ScreenHeading>Thank you. Your report was sent</ScreenHeading>
      <p>Only the prosecutors you chose can read it. They may have questions for you.</p>
      <section className="card" aria-labelledby="next-heading">
        <h2 id="next-heading">What happens next</h2>
        <ul className="advice">
          <li>Come back in a few days and open your case with your code to read their questions and answer them.</li>
          <li>You can check your code now: open your case by typing it from your paper.</li>
          <li>When you are done, close Tor Browser. This page keeps nothing after you leave.</li>
        </ul>
        <div className="actions">
          <button type="button" className="button-primary" onClick={onOpenCase}>
            Open my case
          </button>
        </div>
      </section>
    </>
  );
}
