import { Heading, Paragraph, Tabs } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../../api/errors';
import { hasRole, isRegionStaff } from '../../../app/roles';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { NotFound } from '../../../shared/components/NotFound';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { formatDateTime } from '../../../shared/format';
import { usePageTitle } from '../../../shared/usePageTitle';
import { useUrlFilters } from '../../../shared/useUrlFilters';
import { type Me, useMe } from '../../auth/hooks/useMe';
import { AgreementPanel } from '../components/AgreementPanel';
import { MunicipalityActions } from '../components/MunicipalityActions';
import { MunicipalityMeetings } from '../components/MunicipalityMeetings';
import { MunicipalityQuestions } from '../components/MunicipalityQuestions';
import { MunicipalitySummary } from '../components/MunicipalitySummary';
import { type OrganizationOverview, useMunicipalityOverview } from '../hooks/useMunicipalityOverview';

const TABS = ['summary', 'agreement', 'meetings', 'actions', 'questions'] as const;
type Tab = (typeof TABS)[number];

/** Admins, and coordinators of the municipality's region, write its agreement (the API's rule). */
function mayEditAgreement(me: Me | null | undefined, overview: OrganizationOverview): boolean {
  if (!me || overview.kind !== 'municipality') return false;
  if (hasRole(me, 'admin')) return true;
  return isRegionStaff(me) && hasRole(me, 'coordinator') && me.organizationId === overview.regionId;
}

/**
 * /municipalities/:id: a municipality's collaboration with the region (its cadence and signals, agreement,
 * meetings, actions and questions), in tabs kept in the URL (`?tab=`). For a municipality's people it is
 * their own start page; another municipality's id answers 404 and shows "not found".
 */
export function MunicipalityPage() {
  const { t, i18n } = useTranslation('municipality');
  const { id = '' } = useParams();
  const me = useMe().data;
  const overview = useMunicipalityOverview(id);
  const [params, update] = useUrlFilters();
  usePageTitle(overview.data?.name);

  if (isApiError(overview.error, 404) || isApiError(overview.error, 400)) return <NotFound />;
  if (overview.isPending) return <PageSkeleton rows={6} />;
  if (overview.isError)
    return <ErrorMessage error={overview.error} onRetry={() => void overview.refetch()} />;
  const data = overview.data;
  const tabs = TABS.filter((tab) => tab !== 'agreement' || data.kind === 'municipality');
  const tab: Tab = tabs.find((value) => value === params.get('tab')) ?? 'summary';

  return (
    <>
      <Heading level={1} data-size="lg">
        {data.name}
      </Heading>
      <Paragraph data-size="sm">
        {t('computedAt', { time: formatDateTime(data.computedAt, i18n.language) })}
      </Paragraph>
      <Tabs
        value={tab}
        onChange={(value) => update({ tab: value === 'summary' ? null : value, version: null })}
        data-size="sm"
        className="municipality-tabs"
      >
        <Tabs.List>
          {tabs.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((value) => (
          <Tabs.Panel key={value} value={value}>
            {tab === value && value === 'summary' && <MunicipalitySummary overview={data} />}
            {tab === value && value === 'agreement' && data.kind === 'municipality' && (
              <AgreementPanel
                organizationId={id}
                regionId={data.regionId}
                mayEdit={mayEditAgreement(me, data)}
              />
            )}
            {tab === value && value === 'meetings' && <MunicipalityMeetings organizationId={id} />}
            {tab === value && value === 'actions' && <MunicipalityActions organizationId={id} />}
            {tab === value && value === 'questions' && <MunicipalityQuestions organizationId={id} />}
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
