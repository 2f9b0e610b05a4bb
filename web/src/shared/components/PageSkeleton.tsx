import { Skeleton } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** Grey shapes where a page's content will be, with the word "loading" for screen readers. */
export function PageSkeleton({ rows = 5 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-busy="true" className="page-skeleton">
      <span className="visually-hidden">{t('loading')}</span>
      <Skeleton variant="text" width="40%" height="2rem" aria-hidden="true" />
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} variant="rectangle" height="2.5rem" aria-hidden="true" />
      ))}
    </div>
  );
}
