import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The h1 of a screen. When a screen replaces another, focus moves here so keyboard and screen
 * reader users start at the top of the new content (not on the first paint of the page).
 */
export function ScreenHeading({ children, focus = true }: { readonly children: ReactNode; readonly focus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <h1 ref={ref} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
}
