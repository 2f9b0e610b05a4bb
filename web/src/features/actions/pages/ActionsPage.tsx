import { Button, Checkbox, Heading, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { links } from '../../../app/links';
import { isRegionStaff, mayCreateActions } from '../../../app/roles';
import { DateTime } from '../../../shared/components/DateTime';
import { FilterSection, OptionFilter, StatusFilter } from '../../../shared/components/ListFilters';
import { PagedTable } from '../../../shared/components/PagedTable';
import { usePageTitle } from '../../../shared/usePageTitle';
import { useUrlFilters, useUrlPaging } from '../../../shared/useUrlFilters';
import { useMe } from '../../auth/hooks/useMe';
import { useMunicipalities } from '../../meetings/hooks/useMeetings';
import { ACTION_STATUSES, actionQueryFrom } from '../action-filters';
import { ActionStatusTag } from '../components/ActionStatusTag';
import { CreateActionDialog } from '../components/CreateActionDialog';
import { useActions, useStrategyAreas } from '../hooks/useActions';

/** /actions: the follow-up actions, filtered in the URL with the API's query names. */
export function ActionsPage() {
  const { t } = useTranslation('actions');
  usePageTitle(t('title'));
  const me = useMe().data;
  const [params, update] = useUrlFilters();
  const paging = useUrlPaging();
  const query = { ...actionQueryFrom(params), limit: paging.limit, offset: paging.offset };
  const actions = useActions(query);
  const regionStaff = me ? isRegionStaff(me) : false;
  const municipalities = useMunicipalities(regionStaff);
  const strategyAreas = useStrategyAreas();
  const mayCreate = me ? mayCreateActions(me) : false;
  const [creating, setCreating] = useState(false);

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      {mayCreate && (
        <div className="button-row">
          <Button onClick={() => setCreating(true)}>{t('new.create')}</Button>
        </div>
      )}
      <FilterSection title={t('filters')}>
        {regionStaff && (
          <OptionFilter
            label={t('municipality')}
            allLabel={t('allMunicipalities')}
            value={query.organizationId ?? ''}
            options={municipalities.data?.items ?? []}
            onChange={(value) => update({ organizationId: value })}
          />
        )}
        <StatusFilter
          statuses={ACTION_STATUSES}
          value={query.status}
          t={t}
          onChange={(value) => update({ status: value })}
        />
        <OptionFilter
          label={t('strategyArea')}
          allLabel={t('allStrategyAreas')}
          value={query.strategyAreaId ?? ''}
          options={strategyAreas.data?.items ?? []}
          onChange={(value) => update({ strategyAreaId: value })}
        />
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
      </FilterSection>
      <PagedTable
        result={actions}
        paging={paging}
        caption={t('title')}
        empty={t('empty')}
        columns={[t('actionTitle'), t('owner'), t('dueDate'), t('statusLabel')]}
        row={(action) => (
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
        )}
      />
      {mayCreate && me && <CreateActionDialog open={creating} me={me} onClose={() => setCreating(false)} />}
    </>
  );
}
