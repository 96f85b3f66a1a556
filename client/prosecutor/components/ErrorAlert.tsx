import type { ReactNode } from 'react';

/** A page-level problem, announced at once. Render it only when there is something to say. */
export function ErrorAlert(props: { readonly children: ReactNode; readonly title?: string }) {
  return (
    <div className="alert alert-error" role="alert">
      {props.title === undefined ? null : <p className="alert-title">{props.title}</p>}
      <p>{props.children}</p>
    </div>
  );
}
