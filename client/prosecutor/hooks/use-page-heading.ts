import { useEffect, useRef, type RefObject } from 'react';

/**
 * Sets the document title and moves focus to the page's h1 when the page (or `key`) changes, so
 * screen reader and keyboard users start at the top of the new page, as after a real navigation.
 */
export function usePageHeading(title: string, key: string = title): RefObject<HTMLHeadingElement | null> {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Thicket for prosecutors`;
  }, [title]);
  useEffect(() => {
    heading.current?.focus();
  }, [key]);
  return heading;
}
