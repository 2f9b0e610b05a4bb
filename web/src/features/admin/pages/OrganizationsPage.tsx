import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { links } from '../../../app/links';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { usePageTitle } from '../../../shared/usePageTitle';
import { useMe } from '../../auth/hooks/useMe';
import { mayCreateOrganization } from '../admin-access';
import { type Organization, useAllOrganizations } from '../hooks/useOrganizations';
import { groupByRegion } from '../organization-tree';

/** /admin/organizations: each region with its municipalities, their SCB codes, units, towns and contacts. */
export function OrganizationsPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('organizations.title'));
  const me = useMe().data!;
  const organizations = useAllOrganizations();

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('organizations.title')}
      </Heading>
      {mayCreateOrganization(me) && (
        <div className="page-tools">
          <Button asChild>
            <RouterLink to="/admin/organizations/new">{t('organizations.new')}</RouterLink>
          </Button>
        </div>
      )}
      {organizations.isPending ? (
        <PageSkeleton rows={8} />
      ) : organizations.isError ? (
        <ErrorMessage error={organizations.error} onRetry={() => void organizations.refetch()} />
      ) : organizations.data.length === 0 ? (
        <Paragraph>{t('organizations.empty')}</Paragraph>
      ) : (
        groupByRegion(organizations.data).map(({ region, municipalities }) => (
          <section key={region?.id ?? 'other'} className="section" aria-label={region?.name ?? '–'}>
            <div className="table-scroll">
              <Table zebra data-size="sm" className="admin-table">
                <caption>{region?.name ?? '–'}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('organizations.name')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('organizations.kind')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('organizations.code')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('organizations.town')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('organizations.contactEmail')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {[...(region ? [region] : []), ...municipalities].map((organization) => (
                    <OrganizationRow key={organization.id} organization={organization} />
                  ))}
                </Table.Body>
              </Table>
            </div>
          </section>
        ))
      )}
    </>
  );
}

function OrganizationRow({ organization }: { organization: Organization }) {
  const { t } = useTranslation('admin');
  return (
    <Table.Row>
      <Table.Cell>
        <RouterLink to={links.adminOrganization(organization.id)}>{organization.name}</RouterLink>
        {organization.unit && <span className="cell-note">{organization.unit}</span>}
      </Table.Cell>
      <Table.Cell>{t(`kinds.${organization.kind}`)}</Table.Cell>
      <Table.Cell>{organization.code}</Table.Cell>
      <Table.Cell>{organization.seat?.town ?? t('none')}</Table.Cell>
      <Table.Cell className="cell-break">{organization.contactEmail ?? t('none')}</Table.Cell>
    </Table.Row>
  );
}
