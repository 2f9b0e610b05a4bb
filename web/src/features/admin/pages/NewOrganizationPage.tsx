import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { links } from '../../../app/links';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { useToast } from '../../../shared/toast/ToastProvider';
import { usePageTitle } from '../../../shared/usePageTitle';
import {
  OrganizationForm,
  type OrganizationFormValues,
  organizationFormValues,
  seatOf,
} from '../components/OrganizationForm';
import { useAllOrganizations, useCreateOrganization } from '../hooks/useOrganizations';

/**
 * /admin/organizations/new (admins): a region, a municipality of a region with its SCB code, or an outside
 * organisation (Almi, Arbetsförmedlingen…) of a region with its organisationsnummer.
 */
export function NewOrganizationPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('organizations.new'));
  const organizations = useAllOrganizations();
  const create = useCreateOrganization();
  const toast = useToast();
  const navigate = useNavigate();

  function submit(values: OrganizationFormValues) {
    const seat = seatOf(values);
    create.mutate(
      {
        kind: values.kind,
        code: values.code.trim(),
        name: values.name.trim(),
        ...(values.unit.trim() ? { unit: values.unit.trim() } : {}),
        ...(values.kind !== 'region' ? { parentId: values.parentId } : {}),
        ...(seat ? { seat } : {}),
        ...(values.contactEmail.trim() ? { contactEmail: values.contactEmail.trim() } : {}),
      },
      {
        onSuccess: (organization) => {
          toast.show(t('organizations.created', { name: organization.name }));
          void navigate(links.adminOrganization(organization.id));
        },
      },
    );
  }

  return (
    <div className="prose">
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to="/admin/organizations">{t('backToOrganizations')}</RouterLink>
        </Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t('organizations.new')}
      </Heading>
      {organizations.isPending ? (
        <PageSkeleton rows={6} />
      ) : organizations.isError ? (
        <ErrorMessage error={organizations.error} onRetry={() => void organizations.refetch()} />
      ) : (
        <OrganizationForm
          initial={organizationFormValues()}
          regions={organizations.data.filter((organization) => organization.kind === 'region')}
          submitLabel={t('organizations.create')}
          pending={create.isPending}
          error={create.error}
          onSubmit={submit}
        />
      )}
    </div>
  );
}
