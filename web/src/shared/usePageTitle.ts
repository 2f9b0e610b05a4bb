import { useEffect } from 'react';

/** "<page> – Samverkan" as the document's title, so a screen reader announces where a navigation landed. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} – Samverkan` : 'Samverkan';
  }, [title]);
}
