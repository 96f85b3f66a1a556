import type { ReactNode } from 'react';

/** A calm confirmation ("Approved …"), announced politely. */
export function Notice(props: { readonly children: ReactNode }) {
  return (
    <p className="notice" role="status">
      {props.children}
    </p>
  );
}
