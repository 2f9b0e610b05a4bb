import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/errors';
import { links } from '../../../app/links';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { DateTime } from '../../../shared/components/DateTime';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { NotFound } from '../../../shared/components/NotFound';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { useToast } from '../../../shared/toast/ToastProvider';
import { usePageTitle } from '../../../shared/usePageTitle';
import { hasRole } from '../../../app/roles';
import { useMe } from '../../auth/hooks/useMe';
import { ErasePerson } from '../../privacy/components/ErasePerson';
import { PersonalDataDownloads } from '../../privacy/components/PersonalDataDownloads';
import { mayDeletePerson, mayManagePerson, mayReadAudit } from '../admin-access';
import { OrganizationName } from '../components/OrganizationName';
import { PersonForm, type PersonFormValues } from '../components/PersonForm';
import { LoginTag, RoleTags } from '../components/PersonTags';
import { type Organization, useAllOrganizations } from '../hooks/useOrganizations';
import { type Person, useDeletePerson, usePerson, useUpdatePerson } from '../hooks/usePeople';

/** /admin/people/:id: a person's details; their roles, organization and login for those who may change them. */
export function PersonPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('admin');
  const person = usePerson(id);
  const organizations = useAllOrganizations();
  usePageTitle(person.data?.name ?? t('people.title'));

  if (person.isPending) return <PageSkeleton rows={6} />;
  if (person.isError) {
    if (isApiError(person.error, 404)) return <NotFound />;
    return <ErrorMessage error={person.error} onRetry={() => void person.refetch()} />;
  }
  return <PersonDetails person={person.data} organizations={organizations.data} />;
}

function PersonDetails({ person, organizations }: { person: Person; organizations?: Organization[] }) {
  const { t } = useTranslation('admin');
  const me = useMe().data!;
  const manage = mayManagePerson(me, person);
  const isMe = person.id === me.id;
  return (
    <>
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to="/admin/people">{t('backToPeople')}</RouterLink>
        </Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {person.name}
      </Heading>
      <section aria-labelledby="person-details" className="section">
        <Heading level={2} data-size="sm" id="person-details">
          {t('people.details')}
        </Heading>
        <dl className="facts">
          <dt>{t('people.email')}</dt>
          <dd>{person.email}</dd>
          {person.title && (
            <>
              <dt>{t('people.titleField')}</dt>
              <dd>{person.title}</dd>
            </>
          )}
          {person.phone && (
            <>
              <dt>{t('people.phone')}</dt>
              <dd>{person.phone}</dd>
            </>
          )}
          <dt>{t('people.organization')}</dt>
          <dd>
            <OrganizationName id={person.organizationId} organizations={organizations} />
          </dd>
          <dt>{t('people.roles')}</dt>
          <dd>
            <RoleTags roles={person.roles} />
          </dd>
          <dt>{t('people.login')}</dt>
          <dd>
            <LoginTag enabled={person.loginEnabled} />
          </dd>
          <dt>{t('people.locale')}</dt>
          <dd>{t(`people.locales.${person.locale}`)}</dd>
          <dt>{t('people.createdAt')}</dt>
          <dd>
            <DateTime value={person.createdAt} />
          </dd>
          <dt>{t('people.updatedAt')}</dt>
          <dd>
            <DateTime value={person.updatedAt} />
          </dd>
        </dl>
        {mayReadAudit(me) && (
          <Paragraph>
            <Link asChild>
              <RouterLink to={links.auditOf('person', person.id)}>{t('showInAudit')}</RouterLink>
            </Link>
          </Paragraph>
        )}
      </section>
      {isMe && <Paragraph>{t('people.you')}</Paragraph>}
      {!manage && <Paragraph>{t('people.onlyAdminsChangeAdmins')}</Paragraph>}
      {manage && !isMe && organizations && <EditPerson person={person} organizations={organizations} />}
      {manage && !isMe && <LoginControls person={person} />}
      {hasRole(me, 'admin') && <PersonalDataDownloads personId={person.id} name={person.name} />}
      {hasRole(me, 'admin') && person.id !== me.id && !person.roles.includes('admin') && (
        <ErasePerson personId={person.id} name={person.name} />
      )}
      {mayDeletePerson(me, person) && <DeletePerson person={person} />}
    </>
  );
}

function EditPerson({ person, organizations }: { person: Person; organizations: Organization[] }) {
  const { t } = useTranslation('admin');
  const update = useUpdatePerson(person.id);
  const toast = useToast();

  function submit(values: PersonFormValues) {
    const text = (value: string) => (value.trim() ? value.trim() : null);
    update.mutate(
      {
        name: values.name.trim(),
        email: values.email.trim(),
        title: text(values.title),
        phone: text(values.phone),
        organizationId: values.organizationId,
        roles: values.roles,
        locale: values.locale,
        version: person.version,
      },
      { onSuccess: (saved) => toast.show(t('people.saved', { name: saved.name })) },
    );
  }

  return (
    <section aria-labelledby="person-edit" className="section prose">
      <Heading level={2} data-size="sm" id="person-edit">
        {t('people.edit')}
      </Heading>
      <PersonForm
        // A saved change (new version) starts the form again from what the API answered.
        key={person.version}
        initial={{
          name: person.name,
          email: person.email,
          title: person.title ?? '',
          phone: person.phone ?? '',
          organizationId: person.organizationId,
          roles: person.roles,
          locale: person.locale,
          loginEnabled: person.loginEnabled,
        }}
        currentRoles={person.roles}
        organizations={organizations}
        creating={false}
        submitLabel={t('save')}
        pending={update.isPending}
        error={update.error}
        onSubmit={submit}
      />
    </section>
  );
}

function LoginControls({ person }: { person: Person }) {
  const { t } = useTranslation('admin');
  const update = useUpdatePerson(person.id);
  const toast = useToast();
  const name = person.name;
  const setLogin = (loginEnabled: boolean) =>
    update
      .mutateAsync({ loginEnabled, version: person.version })
      .then(() => toast.show(loginEnabled ? t('people.enabled', { name }) : t('people.disabled', { name })));
  return (
    <section aria-labelledby="person-login" className="section prose">
      <Heading level={2} data-size="sm" id="person-login">
        {t('people.login')}
      </Heading>
      <Paragraph>
        {person.loginEnabled ? t('people.loginOnText', { name }) : t('people.loginOffText', { name })}
      </Paragraph>
      {person.loginEnabled ? (
        <ConfirmDialog
          trigger={t('people.disable')}
          title={t('people.disableTitle', { name })}
          confirm={t('people.disableConfirm')}
          onConfirm={() => setLogin(false)}
          pending={update.isPending}
          error={update.error}
        >
          {t('people.disableText', { name })}
        </ConfirmDialog>
      ) : (
        <>
          <Paragraph data-size="sm">{t('people.enableText')}</Paragraph>
          <Button
            variant="secondary"
            loading={update.isPending}
            onClick={() => void setLogin(true).catch(() => undefined)}
          >
            {t('people.enable')}
          </Button>
          {update.isError && <ErrorMessage error={update.error} />}
        </>
      )}
    </section>
  );
}

function DeletePerson({ person }: { person: Person }) {
  const { t } = useTranslation('admin');
  const remove = useDeletePerson(person.id);
  const toast = useToast();
  const navigate = useNavigate();
  const name = person.name;
  return (
    <section aria-labelledby="person-delete" className="section prose">
      <Heading level={2} data-size="sm" id="person-delete">
        {t('people.delete')}
      </Heading>
      <ConfirmDialog
        trigger={t('people.delete')}
        title={t('people.deleteTitle', { name })}
        confirm={t('people.deleteConfirm')}
        onConfirm={() =>
          remove.mutateAsync().then(() => {
            toast.show(t('people.deleted', { name }));
            void navigate('/admin/people');
          })
        }
        pending={remove.isPending}
        error={remove.error}
      >
        {t('people.deleteText', { name })}
      </ConfirmDialog>
    </section>
  );
}
