import {
  Button,
  Checkbox,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { links } from '../../../app/links';
import { hasRole, isRegionStaff } from '../../../app/roles';
import { DateTime } from '../../../shared/components/DateTime';
import { FilterSection, OptionFilter, StatusFilter } from '../../../shared/components/ListFilters';
import { PagedTable } from '../../../shared/components/PagedTable';
import { formatDate } from '../../../shared/format';
import { usePageTitle } from '../../../shared/usePageTitle';
import { useUrlFilters, useUrlPaging } from '../../../shared/useUrlFilters';
import { useStrategyAreas } from '../../actions/hooks/useActions';
import { useMe } from '../../auth/hooks/useMe';
import { useLazyExternalOrganizations, useMunicipalities } from '../../meetings/hooks/useMeetings';
import { CreateQuestionDialog } from '../components/CreateQuestionDialog';
import { QuestionStatusTag } from '../components/QuestionStatusTag';
import { type QuestionSummary, useQuestions } from '../hooks/useQuestions';
import {
  QUESTION_STATUSES,
  ownerFilterChanges,
  ownerFilterValue,
  ownerOptions,
  questionQueryFrom,
} from '../question-filters';

/** /questions: the question register, filtered and paged in the URL with the API's query names. */
export function QuestionsPage() {
  const { t, i18n } = useTranslation('questions');
  usePageTitle(t('title'));
  const me = useMe().data;
  const [params, update] = useUrlFilters();
  const paging = useUrlPaging();
  const query = { ...questionQueryFrom(params), limit: paging.limit, offset: paging.offset };
  const questions = useQuestions(query);
  const regionStaff = me ? isRegionStaff(me) : false;
  const municipalities = useMunicipalities(regionStaff);
  const externals = useLazyExternalOrganizations(regionStaff);
  const strategyAreas = useStrategyAreas();
  const [creating, setCreating] = useState(false);
  const ownerValue = ownerFilterValue(query);
  const owners = me
    ? ownerOptions(me, municipalities.data?.items ?? [], t('theRegion'), externals.items)
    : [];
  const mayCreate = me ? hasRole(me, 'admin', 'coordinator', 'secretary') : false;

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <Paragraph className="prose">{t('intro')}</Paragraph>
      {mayCreate && (
        <div className="button-row">
          <Button onClick={() => setCreating(true)}>{t('create')}</Button>
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
        <Field>
          <Label>{t('ownerFilter')}</Label>
          <Select
            value={ownerValue}
            onChange={(e) => update(ownerFilterChanges(e.target.value))}
            {...externals.pickerProps}
          >
            <Select.Option value="">{t('anyOwner')}</Select.Option>
            {ownerValue && ownerValue !== 'external' && !owners.some((o) => o.id === ownerValue) && (
              <Select.Option value={ownerValue}>
                {ownerNameIn(questions.data?.items, ownerValue)}
              </Select.Option>
            )}
            {owners.map((owner) => (
              <Select.Option key={owner.id} value={owner.id}>
                {owner.name}
              </Select.Option>
            ))}
            <Select.Option value="external">{t('externalOwners')}</Select.Option>
          </Select>
        </Field>
        <StatusFilter
          statuses={QUESTION_STATUSES}
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
        {me && (
          <Checkbox
            label={t('mine')}
            checked={query.responsiblePersonId === me.id}
            onChange={(e) => update({ responsiblePersonId: e.target.checked ? me.id : null })}
          />
        )}
      </FilterSection>
      <PagedTable
        result={questions}
        paging={paging}
        caption={t('title')}
        empty={t('empty')}
        columns={[t('question'), t('owner'), t('statusLabel'), t('raised'), t('linked')]}
        row={(question) => (
          <Table.Row key={question.id}>
            <Table.Cell>
              <RouterLink to={links.question(question.id)}>{question.title}</RouterLink>
              {question.strategyAreas.length > 0 && (
                <span className="cell-note">
                  {question.strategyAreas.map((area) => area.name).join(', ')}
                </span>
              )}
            </Table.Cell>
            <Table.Cell>
              {question.owner.name}
              <span className="cell-note">{question.responsiblePerson?.name ?? t('noResponsible')}</span>
            </Table.Cell>
            <Table.Cell>
              <QuestionStatusTag status={question.status} />
            </Table.Cell>
            <Table.Cell className="nowrap">
              <DateTime value={question.createdAt} dateOnly />
              {formatDate(question.updatedAt, i18n.language) !==
                formatDate(question.createdAt, i18n.language) && (
                <span className="cell-note">
                  {t('updatedNote', { date: formatDate(question.updatedAt, i18n.language) })}
                </span>
              )}
            </Table.Cell>
            <Table.Cell>
              <LinkedCell question={question} />
            </Table.Cell>
          </Table.Row>
        )}
      />
      {mayCreate && me && <CreateQuestionDialog open={creating} me={me} onClose={() => setCreating(false)} />}
    </>
  );
}

/** An owner named by the URL but not among the options (e.g. a link from the overview). */
function ownerNameIn(items: QuestionSummary[] | undefined, organizationId: string): string {
  return items?.find((question) => question.owner.organizationId === organizationId)?.owner.name ?? '…';
}

/** The latest linked meeting (its date) and agenda item (its agenda), when there are any. */
function LinkedCell({ question }: { question: QuestionSummary }) {
  const { t } = useTranslation('questions');
  const meeting = question.meetings.at(-1);
  const item = question.agendaItems.at(-1);
  if (!meeting && !item) return <>{t('noLinks')}</>;
  return (
    <>
      {meeting && (
        <RouterLink to={links.meeting(meeting.id)}>
          <DateTime value={meeting.startAt} dateOnly />
        </RouterLink>
      )}
      {item && (
        <span className="cell-note">
          <RouterLink to={links.meetingAgenda(item.meetingId)}>
            {t('agendaItemLink', { title: item.title })}
          </RouterLink>
        </span>
      )}
    </>
  );
}
