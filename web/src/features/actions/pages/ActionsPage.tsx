import { Checkbox, Field, Heading, Label, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { links } from '../../../app/links';
import { isRegionStaff } from '../../../app/roles';
import { DateTime } from '../../../shared/components/DateTime';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { usePageTitle } from '../../../shared/usePageTitle';
import { useUrlFilters } from '../../../shared/useUrlFilters';
import { useMe } from '../../auth/hooks/useMe';
import { useMunicipalities } from '../../meetings/hooks/useMeetings';
import { ACTION_STATUSES, actionQueryFrom } from '../action-filters';
import { ActionStatusTag } from '../components/ActionStatusTag';
import { useActions, useStrategyAreas } from '../hooks/useActions';

const OPEN = 'open,in_progress';

/** /actions: the follow-up actions, filtered in the URL with the API's query names. */
export function ActionsPage() {
  const { t } = useTranslation('actions');
  usePageTitle(t('title'));
  const me = useMe().data;
  const [params, update] = useUrlFilters();
  const query = actionQueryFrom(params);
  const actions = useActions(query);
  const regionStaff = me ? isRegionStaff(me) : false;
  const municipalities = useMunicipalities(regionStaff);
  const strategyAreas = useStrategyAreas();
  const statusValue = query.status?.join(',') ?? '';
  const statusOptions = [...ACTION_STATUSES, OPEN];

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <section aria-labelledby="filters-heading" className="section filters">
        <Heading level={2} data-size="xs" id="filters-heading" className="visually-hidden">
          {t('filters')}
        </Heading>
        <div className="filters__row">
          {regionStaff && (
            <Field>
              <Label>{t('municipality')}</Label>
              <Select
                value={query.organizationId ?? ''}
                onChange={(e) => update({ organizationId: e.target.value })}
              >
                <Select.Option value="">{t('allMunicipalities')}</Select.Option>
                {(municipalities.data?.items ?? []).map((org) => (
                  <Select.Option key={org.id} value={org.id}>
                    {org.name}
                  </Select.Option>
                ))}
              </Select>
            </Field>
          )}
          <Field>
            <Label>{t('statusLabel')}</Label>
            <Select value={statusValue} onChange={(e) => update({ status: e.target.value })}>
              <Select.Option value="">{t('allStatuses')}</Select.Option>
              {!statusOptions.includes(statusValue) && statusValue && (
                <Select.Option value={statusValue}>
                  {query.status!.map((s) => t(`status.${s}`)).join(', ')}
                </Select.Option>
              )}
              {statusOptions.map((s) => (
                <Select.Option key={s} value={s}>
                  {s === OPEN ? t('openOrInProgress') : t(`status.${s}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label>{t('strategyArea')}</Label>
            <Select
              value={query.strategyAreaId ?? ''}
              onChange={(e) => update({ strategyAreaId: e.target.value })}
            >
              <Select.Option value="">{t('allStrategyAreas')}</Select.Option>
              {(strategyAreas.data?.items ?? []).map((area) => (
                <Select.Option key={area.id} value={area.id}>
                  {area.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Checkbox
            label={t('overdueOnly')}
            checked={query.overdue === 'true'}
            onChange={(e) => update({ overdue: e.target.checked ? 'true' : null })}
          />
          {me && (
            <Checkbox
              label={t('mine')}
              checked={!!query.ownerPersonId && query.ownerPersonId === me.id}
              onChange={(e) => update({ ownerPersonId: e.target.checked ? me.id : null })}
            />
          )}
        </div>
      </section>
      {actions.isPending ? (
        <PageSkeleton rows={6} />
      ) : actions.isError ? (
        <ErrorMessage error={actions.error} onRetry={() => void actions.refetch()} />
      ) : actions.data.items.length === 0 ? (
        <Paragraph>{t('empty')}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm">
            {t('shown', { count: actions.data.items.length, total: actions.data.total })}
          </Paragraph>
          <div className="table-scroll">
            <Table zebra data-size="sm">
              <caption className="visually-hidden">{t('title')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('actionTitle')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('owner')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('dueDate')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('statusLabel')}</Table.HeaderCell>
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
                      <span className="cell-note">{action.owner.organizationName}</span>
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
        </>
      )}
    </>
  );
}
