import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Sets the document title (in the page language) and moves focus to the page's h1 when the page
 * (`key`) changes, so screen reader and keyboard users start at the top of the new page, as after
 * a real navigation. `key` names the page, not its words: switching the language moves nothing.
 */
export function usePageHeading(title: string, key: string): RefObject<HTMLHeadingElement | null> {
  const { t } = useTranslation('prosecutor');
  const heading = useRef<HTMLHeadingElement>(null);
  const documentTitle = t('app.pageTitle', { page: title });
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  useEffect(() => {
    heading.current?.focus();
  }, [key]);
  return heading;
}
