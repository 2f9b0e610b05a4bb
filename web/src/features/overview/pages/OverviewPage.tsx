import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
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
  const language = i18n.language;
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <Paragraph>{t('intro')}</Paragraph>
      {overview.isPending && <PageSkeleton rows={8} />}
      {overview.isError && <ErrorMessage error={overview.error} onRetry={() => void overview.refetch()} />}
      {overview.data && (
        <>
          <div className="page-tools">
            <Paragraph data-size="sm">
              {t('window', {
                from: formatDate(overview.data.window.from, language),
                to: formatDate(overview.data.window.to, language),
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
          <CountyTotals overview={overview.data} />
          <MunicipalityTable rows={[...overview.data.regions, ...overview.data.municipalities]} />
        </>
      )}
    </>
  );
}
