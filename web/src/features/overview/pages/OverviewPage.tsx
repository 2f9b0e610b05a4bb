import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { formatDate, formatDateTime } from '../../../shared/format';
import { usePageTitle } from '../../../shared/usePageTitle';
import { CountyTotals } from '../components/CountyTotals';
import { MunicipalityTable } from '../components/MunicipalityTable';
import { useCountyOverview } from '../hooks/useCountyOverview';

/** The county overview for the region's coordinators and admins ("/"). */
export function OverviewPage() {
  const { t, i18n } = useTranslation('overview');
  usePageTitle(t('title'));
  const overview = useCountyOverview();
  // The table is the largest render of the app's first page (a row per municipality, each figure a link).
  // Rendered from a deferred copy of the data, React renders it in the background in slices of a few
  // milliseconds, so the main thread stays free for input (and a slow phone shows no long task) instead of
  // one task of the whole table when the data arrives. Until that render is done the skeleton stays.
  const data = useDeferredValue(overview.data);
  const language = i18n.language;
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <Paragraph>{t('intro')}</Paragraph>
      {(overview.isPending || (overview.data && !data)) && <PageSkeleton rows={8} />}
      {overview.isError && <ErrorMessage error={overview.error} onRetry={() => void overview.refetch()} />}
      {data && (
        <>
          <div className="page-tools">
            <Paragraph data-size="sm">
              {t('window', {
                from: formatDate(data.window.from, language),
                to: formatDate(data.window.to, language),
              })}{' '}
              {t('computedAt', {
                time: formatDateTime(new Date(overview.dataUpdatedAt).toISOString(), language),
              })}
            </Paragraph>
            <Link href="/api/overview.csv" download>
              {t('downloadCsv')}
            </Link>
            <Button
              variant="tertiary"
              data-size="sm"
              loading={overview.isFetching}
              onClick={() => void overview.refetch()}
            >
              {t('refresh')}
            </Button>
          </div>
          <CountyTotals overview={data} />
          <MunicipalityTable rows={[...data.regions, ...data.municipalities]} />
        </>
      )}
    </>
  );
}
