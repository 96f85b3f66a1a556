/**
 * A live status line ("Encrypting…", "Your answer was sent."). Always rendered, so screen
 * readers announce each change; the spinner shows only while work is under way.
 */
export function Progress({ text, busy = true }: { readonly text: string | null; readonly busy?: boolean }) {
  return (
    <p role="status" className={text === null ? 'progress progress-idle' : 'progress'}>
      {text !== null && busy ? <span className="spinner" aria-hidden="true" /> : null}
      {text}
    </p>
  );
}
