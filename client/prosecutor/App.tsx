/** The prosecutor app: enrollment, sign-in, inbox and cases arrive with the core loop. */
export function App() {
  return (
    <main className="page" id="main">
      <header className="page-header">
        <h1>Thicket for prosecutors</h1>
      </header>
      <section className="card" aria-labelledby="prosecutor-status">
        <h2 id="prosecutor-status">Sign-in is not available yet</h2>
        <p>Enrollment links from your agency administrator will open here.</p>
      </section>
    </main>
  );
}
