/** Short, plain advice on staying safe, shown before anything else. */
export function SafetyAdvice() {
  return (
    <section aria-labelledby="safety-heading" className="card">
      <h2 id="safety-heading">Before you start</h2>
      <ul className="advice">
        <li>
          <strong>Use Tor Browser</strong> on a device that is yours, not a work or shared computer. Close it when
          you are done.
        </li>
        <li>
          <strong>What we keep:</strong> only encrypted text that the prosecutors can open. We do not keep your
          address on the internet or what browser you use, and we record dates only to the day.
        </li>
        <li>
          <strong>Your case code</strong> is the only way back to your report. You will get it after you send.
          Write it down on paper and keep it hidden. Nobody can recover it for you.
        </li>
      </ul>
    </section>
  );
}
