import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { links } from '../../../app/links';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { useToast } from '../../../shared/toast/ToastProvider';
import { usePageTitle } from '../../../shared/usePageTitle';
import { useMe } from '../../auth/hooks/useMe';
import { PersonForm, type PersonFormValues } from '../components/PersonForm';
import { useAllOrganizations } from '../hooks/useOrganizations';
import { useCreatePerson } from '../hooks/usePeople';

/** /admin/people/new (?organizationId= preselects): a new person; with login, the service sends the welcome email. */
export function NewPersonPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('people.new'));
  const me = useMe().data!;
  const [params] = useSearchParams();
  const organizations = useAllOrganizations();
  const create = useCreatePerson();
  const toast = useToast();
  const navigate = useNavigate();

  function submit(values: PersonFormValues) {
    create.mutate(
      {
        name: values.name.trim(),
        email: values.email.trim(),
        ...(values.title.trim() ? { title: values.title.trim() } : {}),
        ...(values.phone.trim() ? { phone: values.phone.trim() } : {}),
        organizationId: values.organizationId,
        roles: values.roles,
        locale: values.locale,
        loginEnabled: values.loginEnabled,
      },
      {
        onSuccess: (person) => {
          toast.show(
            person.loginEnabled
              ? t('people.createdWelcome', { name: person.name, email: person.email })
              : t('people.created', { name: person.name }),
          );
          void navigate(links.adminPerson(person.id));
        },
      },
    );
  }

  const preselected = params.get('organizationId');
  return (
    <div className="prose">
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to="/admin/people">{t('backToPeople')}</RouterLink>
        </Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t('people.new')}
      </Heading>
      {organizations.isPending ? (
        <PageSkeleton rows={6} />
      ) : organizations.isError ? (
        <ErrorMessage error={organizations.error} onRetry={() => void organizations.refetch()} />
      ) : (
        <PersonForm
          initial={{
            name: '',
            email: '',
            title: '',
            phone: '',
            organizationId: organizations.data.some((org) => org.id === preselected)
              ? preselected!
              : me.organizationId,
            roles: ['participant'],
            locale: 'sv',
            loginEnabled: true,
          }}
          organizations={organizations.data}
          creating
          submitLabel={t('people.create')}
          pending={create.isPending}
          error={create.error}
          onSubmit={submit}
        />
      )}
    </div>
  );
}
