import {
  Alert,
  Button,
  Details,
  Field,
  Fieldset,
  Heading,
  Label,
  Link,
  Paragraph,
  Radio,
  Select,
  Table,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRole } from '../../../app/roles';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { DateTime } from '../../../shared/components/DateTime';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { errorText } from '../../../shared/errors';
import { formatDateTime } from '../../../shared/format';
import { useToast } from '../../../shared/toast/ToastProvider';
import { usePageTitle } from '../../../shared/usePageTitle';
import { type Organization, useAllOrganizations } from '../../admin/hooks/useOrganizations';
import { type Me, useMe } from '../../auth/hooks/useMe';
import { followableOrganizations } from '../feed-audience';
import {
  type CalendarFeed,
  type CreatedCalendarFeed,
  useCalendarFeeds,
  useCreateCalendarFeed,
  useRevokeCalendarFeed,
} from '../hooks/useCalendarFeeds';

/**
 * /profile/calendar (every signed-in person, from the header's "Kalenderprenumeration"): subscription
 * addresses for calendar apps. A new address is shown once, with a copy button and instructions.
 */
export function CalendarFeedsPage() {
  const { t } = useTranslation('calendar-feeds');
  usePageTitle(t('title'));
  const me = useMe().data!;
  const feeds = useCalendarFeeds();
  const staff = hasRole(me, 'admin', 'coordinator');
  const visible = useAllOrganizations(staff);
  const organizations = followableOrganizations(me, staff ? (visible.data ?? []) : [me.organization]);
  const [created, setCreated] = useState<CreatedCalendarFeed | null>(null);
  const nameOf = (id: string) =>
    [...(visible.data ?? []), me.organization].find((organization) => organization.id === id)?.name;

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <Paragraph className="prose">{t('intro')}</Paragraph>
      {created ? (
        <NewAddress feed={created} onDone={() => setCreated(null)} />
      ) : (
        <CreateFeed me={me} organizations={organizations} onCreated={setCreated} />
      )}
      <section aria-labelledby="feeds-list" className="section">
        <Heading level={2} data-size="sm" id="feeds-list">
          {t('list')}
        </Heading>
        {feeds.isPending ? (
          <PageSkeleton rows={3} />
        ) : feeds.isError ? (
          <ErrorMessage error={feeds.error} onRetry={() => void feeds.refetch()} />
        ) : feeds.data.items.length === 0 ? (
          <Paragraph>{t('empty')}</Paragraph>
        ) : (
          <div className="table-scroll">
            <Table zebra data-size="sm">
              <caption className="visually-hidden">{t('list')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('subject')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('createdAt')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('lastUsedAt')}</Table.HeaderCell>
                  <Table.HeaderCell>
                    <span className="visually-hidden">{t('revoke')}</span>
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {feeds.data.items.map((feed) => (
                  <FeedRow key={feed.id} feed={feed} organizationName={nameOf(feed.subjectId)} />
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </section>
    </>
  );
}

function CreateFeed({
  me,
  organizations,
  onCreated,
}: {
  me: Me;
  organizations: Array<Pick<Organization, 'id' | 'name'>>;
  onCreated: (feed: CreatedCalendarFeed) => void;
}) {
  const { t } = useTranslation('calendar-feeds');
  const create = useCreateCalendarFeed();
  const toast = useToast();
  const [kind, setKind] = useState<'person' | 'organization'>('person');
  const [organizationId, setOrganizationId] = useState(me.organizationId);
  const chosen = organizations.some((organization) => organization.id === organizationId)
    ? organizationId
    : (organizations[0]?.id ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(kind === 'person' ? { kind } : { kind, subjectId: chosen }, {
      onSuccess: (feed) => {
        toast.show(t('created'));
        onCreated(feed);
      },
    });
  }

  return (
    <section aria-labelledby="feed-create" className="section prose">
      <Heading level={2} data-size="sm" id="feed-create">
        {t('create')}
      </Heading>
      <form onSubmit={submit} className="form">
        {organizations.length > 0 && (
          <Fieldset>
            <Fieldset.Legend>{t('what')}</Fieldset.Legend>
            <Radio
              name="feed-kind"
              value="person"
              label={t('mine')}
              description={t('mineHelp')}
              checked={kind === 'person'}
              onChange={() => setKind('person')}
            />
            <Radio
              name="feed-kind"
              value="organization"
              label={t('organization')}
              description={t('organizationHelp')}
              checked={kind === 'organization'}
              onChange={() => setKind('organization')}
            />
          </Fieldset>
        )}
        {kind === 'organization' && (
          <Field>
            <Label>{t('chooseOrganization')}</Label>
            <Select value={chosen} onChange={(e) => setOrganizationId(e.target.value)}>
              {organizations.map((organization) => (
                <Select.Option key={organization.id} value={organization.id}>
                  {organization.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
        )}
        {create.isError && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{errorText(create.error, t)}</Paragraph>
          </Alert>
        )}
        <Button type="submit" loading={create.isPending}>
          {t('submit')}
        </Button>
      </form>
    </section>
  );
}

function NewAddress({ feed, onDone }: { feed: CreatedCalendarFeed; onDone: () => void }) {
  const { t } = useTranslation('calendar-feeds');
  const toast = useToast();

  function copy() {
    navigator.clipboard
      .writeText(feed.url)
      .then(() => toast.show(t('copied')))
      .catch(() => toast.show(t('copyFailed'), 'danger'));
  }

  return (
    <section aria-labelledby="feed-new" className="section prose">
      <Alert data-color="success">
        <Heading level={2} data-size="sm" id="feed-new">
          {t('newTitle')}
        </Heading>
        <Paragraph>{t('showOnce')}</Paragraph>
        <div className="form">
          <Textfield
            label={t('url')}
            value={feed.url}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
            className="feed-url"
          />
          <div className="button-row">
            <Button onClick={copy}>{t('copy')}</Button>
            <Link href={feed.webcalUrl}>{t('openInApp')}</Link>
          </div>
        </div>
      </Alert>
      <Heading level={3} data-size="xs">
        {t('howTo')}
      </Heading>
      {(['outlook', 'google', 'apple'] as const).map((app) => (
        <Details key={app}>
          <Details.Summary>{t(app)}</Details.Summary>
          <Details.Content>
            <Paragraph>{t(`${app}Steps`)}</Paragraph>
          </Details.Content>
        </Details>
      ))}
      <div className="button-row">
        <Button variant="secondary" onClick={onDone}>
          {t('done')}
        </Button>
      </div>
    </section>
  );
}

function FeedRow({ feed, organizationName }: { feed: CalendarFeed; organizationName?: string }) {
  const { t, i18n } = useTranslation('calendar-feeds');
  const revoke = useRevokeCalendarFeed();
  const toast = useToast();
  return (
    <Table.Row>
      <Table.Cell>
        {feed.kind === 'person'
          ? t('kindPerson')
          : t('kindOrganization', { name: organizationName ?? t('unknownOrganization') })}
      </Table.Cell>
      <Table.Cell>
        <DateTime value={feed.createdAt} />
      </Table.Cell>
      <Table.Cell>{feed.lastUsedAt ? <DateTime value={feed.lastUsedAt} /> : t('never')}</Table.Cell>
      <Table.Cell>
        <ConfirmDialog
          trigger={t('revoke')}
          triggerLabel={t('revokeLabel', { date: formatDateTime(feed.createdAt, i18n.language) })}
          title={t('revokeTitle')}
          confirm={t('revokeConfirm')}
          onConfirm={() => revoke.mutateAsync(feed.id).then(() => toast.show(t('revoked')))}
          pending={revoke.isPending}
          error={revoke.error}
        >
          {t('revokeText')}
        </ConfirmDialog>
      </Table.Cell>
    </Table.Row>
  );
}
