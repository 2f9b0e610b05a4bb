import { useTranslation } from 'react-i18next';

/**
 * Grey shapes where a page's content will be, with the word "loading" for screen readers.
 *
 * Designsystemet's look (its `ds-skeleton` class and variants) without its React `<Skeleton>`: that component
 * calls `document.getAnimations()` in a layout effect for every shape to line up their fade, and each call
 * makes the browser recompute the whole page's style, one after another, in the frame that first paints the
 * app. Shapes that mount in one commit start their CSS animation together anyway.
 */
export function PageSkeleton({ rows = 5 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-busy="true" className="page-skeleton">
      <span className="visually-hidden">{t('loading')}</span>
      <span className="ds-skeleton" data-variant="text" data-text="-" aria-hidden="true" />
      {Array.from({ length: rows }, (_, index) => (
        <span
          key={index}
          className="ds-skeleton"
          data-variant="rectangle"
          style={{ height: '2.5rem' }}
          aria-hidden="true"
        />
      ))}
    </div>
  );
}
