import { usePageHeading } from '../hooks/use-page-heading';
import { hrefFor } from '../routes';

export function NotFoundPage() {
  const heading = usePageHeading('Page not found');
  return (
    <section className="card">
      <h1 ref={heading} tabIndex={-1}>
        Page not found
      </h1>
      <p>This address does not lead to a page. If it came from an invitation, the link may be incomplete: copy all of it.</p>
      <p>
        <a href={hrefFor({ name: 'login' })}>Go to sign-in</a>
      </p>
    </section>
  );
}
