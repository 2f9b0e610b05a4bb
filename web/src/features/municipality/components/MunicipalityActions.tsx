import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { links } from '../../../app/links';
import { DateTime } from '../../../shared/components/DateTime';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { ActionStatusTag } from '../../actions/components/ActionStatusTag';
import { useActions } from '../../actions/hooks/useActions';
import { useMe } from '../../auth/hooks/useMe';

/** The municipality's open actions (owned by it), the reader's own marked, with links to the filtered lists. */
export function MunicipalityActions({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation('municipality');
  const me = useMe().data;
  const actions = useActions({ organizationId, status: ['open', 'in_progress'], limit: 50, offset: 0 });
  return (
    <section aria-labelledby="actions-heading" className="section">
      <Heading level={2} data-size="sm" id="actions-heading">
        {t('openActions')}
      </Heading>
      <ul className="link-list">
        <li>
          <RouterLink to={links.openActions(organizationId)}>{t('allOpenActions')}</RouterLink>
        </li>
        <li>
          <RouterLink to={links.overdueActions(organizationId)}>{t('overdueActions')}</RouterLink>
        </li>
        {me && me.organizationId === organizationId && (
          <li>
            <RouterLink to={`/actions?ownerPersonId=${me.id}`}>{t('myActions')}</RouterLink>
          </li>
        )}
      </ul>
      {actions.isPending ? (
        <PageSkeleton rows={3} />
      ) : actions.isError ? (
        <ErrorMessage error={actions.error} onRetry={() => void actions.refetch()} />
      ) : actions.data.items.length === 0 ? (
        <Paragraph>{t('noActions')}</Paragraph>
      ) : (
        <div className="table-scroll">
          <Table zebra data-size="sm" className="full-width">
            <caption className="visually-hidden">{t('openActions')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('actionTitle')}</Table.HeaderCell>
                <Table.HeaderCell>{t('owner')}</Table.HeaderCell>
                <Table.HeaderCell>{t('dueDate')}</Table.HeaderCell>
                <Table.HeaderCell>{t('status')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {actions.data.items.map((action) => (
                <Table.Row key={action.id}>
                  <Table.Cell>
                    <RouterLink to={links.action(action.id)}>{action.title}</RouterLink>
                  </Table.Cell>
                  <Table.Cell>
                    {action.owner.name ?? t('unknownPerson')}
                    {me && action.owner.personId === me.id && (
                      <>
                        {' '}
                        <Tag data-size="sm" data-color="accent" className="status-tag">
                          {t('you')}
                        </Tag>
                      </>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <DateTime value={action.dueDate} dateOnly />
                  </Table.Cell>
                  <Table.Cell>
                    <ActionStatusTag status={action.status} overdue={action.overdue} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {actions.data && actions.data.total > actions.data.items.length && (
        <Paragraph data-size="sm">
          {t('shownOf', { count: actions.data.items.length, total: actions.data.total })}{' '}
          <RouterLink to={links.openActions(organizationId)}>{t('allOpenActions')}</RouterLink>
        </Paragraph>
      )}
    </section>
  );
}
