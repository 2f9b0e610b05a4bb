import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { isApiError } from '../../../api/errors';
import { links } from '../../../app/links';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { NotFound } from '../../../shared/components/NotFound';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { useToast } from '../../../shared/toast/ToastProvider';
import { usePageTitle } from '../../../shared/usePageTitle';
import { useMe } from '../../auth/hooks/useMe';
import { mayEditOrganization, mayReadAudit } from '../admin-access';
import { OrganizationName } from '../components/OrganizationName';
import {
  OrganizationForm,
  type OrganizationFormValues,
  organizationFormValues,
  seatOf,
} from '../components/OrganizationForm';
import {
  type Organization,
  useAllOrganizations,
  useOrganization,
  useUpdateOrganization,
} from '../hooks/useOrganizations';

/** /admin/organizations/:id: an organization's details, and the editor for those who may change it. */
export function OrganizationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('admin');
  const organization = useOrganization(id);
  usePageTitle(organization.data?.name ?? t('organizations.title'));

  if (organization.isPending) return <PageSkeleton rows={6} />;
  if (organization.isError) {
    if (isApiError(organization.error, 404)) return <NotFound />;
    return <ErrorMessage error={organization.error} onRetry={() => void organization.refetch()} />;
  }
  return <OrganizationDetails organization={organization.data} />;
}

function OrganizationDetails({ organization }: { organization: Organization }) {
  const { t } = useTranslation('admin');
  const me = useMe().data!;
  const organizations = useAllOrganizations();
  const none = t('none');
  return (
    <>
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to="/admin/organizations">{t('backToOrganizations')}</RouterLink>
        </Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {organization.name}
      </Heading>
      <section aria-labelledby="organization-details" className="section">
        <Heading level={2} data-size="sm" id="organization-details">
          {t('organizations.details')}
        </Heading>
        <dl className="facts">
          <dt>{t('organizations.kind')}</dt>
          <dd>{t(`kinds.${organization.kind}`)}</dd>
          <dt>{t('organizations.code')}</dt>
          <dd>{organization.code}</dd>
          {organization.parentId && (
            <>
              <dt>{t('organizations.region')}</dt>
              <dd>
                <OrganizationName id={organization.parentId} organizations={organizations.data} />
              </dd>
            </>
          )}
          <dt>{t('organizations.unit')}</dt>
          <dd>{organization.unit ?? none}</dd>
          <dt>{t('organizations.town')}</dt>
          <dd>
            {organization.seat?.town ?? none}
            {organization.seat?.lat != null && organization.seat.lon != null && (
              <span className="cell-note">
                {organization.seat.lat}, {organization.seat.lon}
              </span>
            )}
          </dd>
          <dt>{t('organizations.contactEmail')}</dt>
          <dd>{organization.contactEmail ?? none}</dd>
        </dl>
        <ul className="link-list">
          {organization.kind === 'municipality' && (
            <li>
              <RouterLink to={links.municipality(organization.id)}>
                {t('organizations.municipalityPage')}
              </RouterLink>
            </li>
          )}
          <li>
            <RouterLink to={`/admin/people?organizationId=${organization.id}`}>
              {t('organizations.people', { name: organization.name })}
            </RouterLink>
          </li>
          {mayReadAudit(me) && (
            <li>
              <RouterLink to={links.auditOf('organization', organization.id)}>{t('showInAudit')}</RouterLink>
            </li>
          )}
        </ul>
      </section>
      {mayEditOrganization(me, organization) ? (
        <EditOrganization organization={organization} />
      ) : (
        <Paragraph>{t('organizations.readOnly')}</Paragraph>
      )}
    </>
  );
}

function EditOrganization({ organization }: { organization: Organization }) {
  const { t } = useTranslation('admin');
  const update = useUpdateOrganization(organization.id);
  const toast = useToast();

  function submit(values: OrganizationFormValues) {
    update.mutate(
      {
        name: values.name.trim(),
        unit: values.unit.trim() || null,
        seat: seatOf(values) ?? null,
        contactEmail: values.contactEmail.trim() || null,
        version: organization.version,
      },
      { onSuccess: (saved) => toast.show(t('organizations.saved', { name: saved.name })) },
    );
  }

  return (
    <section aria-labelledby="organization-edit" className="section prose">
      <Heading level={2} data-size="sm" id="organization-edit">
        {t('organizations.edit')}
      </Heading>
      <OrganizationForm
        key={organization.version}
        initial={organizationFormValues(organization)}
        submitLabel={t('save')}
        pending={update.isPending}
        error={update.error}
        onSubmit={submit}
      />
    </section>
  );
}
