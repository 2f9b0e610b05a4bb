import {
  Button,
  Checkbox,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
  Textfield,
  ToggleGroup,
} from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { links } from '../../../app/links';
import { isRegionStaff } from '../../../app/roles';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { FilterSection, OptionFilter } from '../../../shared/components/ListFilters';
import { PagedTable } from '../../../shared/components/PagedTable';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { formatDate, formatDateTime, formatTimeRange } from '../../../shared/format';
import { usePageTitle } from '../../../shared/usePageTitle';
import { useUrlFilters, useUrlPaging } from '../../../shared/useUrlFilters';
import { useMe } from '../../auth/hooks/useMe';
import { MeetingCalendar } from '../components/MeetingCalendar';
import { MeetingStatusTag } from '../components/MeetingStatusTag';
import {
  type MeetingQuery,
  type MeetingStatus,
  type MinutesFilter,
  useMeetings,
  useMunicipalities,
} from '../hooks/useMeetings';
import {
  type CalendarView,
  addDays,
  calendarDays,
  shiftAnchor,
  stockholmDate,
  stockholmInstant,
} from '../meeting-time';

const STATUSES: MeetingStatus[] = ['planned', 'confirmed', 'held', 'cancelled'];
const MINUTES: MinutesFilter[] = ['in_review', 'draft', 'returned', 'locked', 'none'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
type View = 'list' | CalendarView;

/** /meetings: the meetings as a list or a calendar (week, month), filtered in the URL with the API's names. */
export function MeetingsPage() {
  const { t, i18n } = useTranslation('meetings');
  usePageTitle(t('title'));
  const me = useMe().data;
  const [params, update] = useUrlFilters();
  const paging = useUrlPaging();
  const view: View =
    params.get('view') === 'week' || params.get('view') === 'month' ? (params.get('view') as View) : 'list';
  const today = stockholmDate(Date.now());
  const anchor = DATE.test(params.get('date') ?? '') ? params.get('date')! : today;
  const minutes = MINUTES.find((m) => m === params.get('minutes'));
  // The list starts today unless it asks for minutes (those awaiting approval are of past meetings).
  const from = DATE.test(params.get('from') ?? '')
    ? params.get('from')!
    : view === 'list' && !minutes
      ? today
      : '';
  const to = DATE.test(params.get('to') ?? '') ? params.get('to')! : '';
  const organizationId = params.get('organizationId') ?? '';
  const status = STATUSES.find((s) => s === params.get('status'));
  const mine = params.has('mine');
  const regionStaff = me ? isRegionStaff(me) : false;
  const municipalities = useMunicipalities(regionStaff);

  const period = view === 'list' ? null : calendarDays(view, anchor);
  // A calendar shows its whole period (the API's largest page); the list pages.
  const query: MeetingQuery = {
    ...(period ? { limit: 200, offset: 0 } : { limit: paging.limit, offset: paging.offset }),
    ...(organizationId && { organizationId }),
    ...(status && { status }),
    ...(minutes && { minutes }),
    ...(mine && { participant: 'me' as const }),
    ...(period
      ? {
          from: stockholmInstant(period.first, '00:00'),
          to: stockholmInstant(addDays(period.last, 1), '00:00'),
        }
      : {
          ...(from && { from: stockholmInstant(from, '00:00') }),
          ...(to && { to: stockholmInstant(addDays(to, 1), '00:00') }),
        }),
  };
  const meetings = useMeetings(query);

  const periodTitle = period
    ? view === 'week'
      ? t('weekOf', {
          from: formatDate(period.first, i18n.language),
          to: formatDate(period.last, i18n.language),
        })
      : new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE', {
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        }).format(new Date(`${anchor.slice(0, 7)}-15T12:00:00Z`))
    : null;

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <FilterSection
        title={t('filters')}
        before={
          <ToggleGroup
            aria-label={t('viewLabel')}
            value={view}
            onChange={(value) => update({ view: value === 'list' ? null : value })}
            data-size="sm"
          >
            <ToggleGroup.Item value="list">{t('view.list')}</ToggleGroup.Item>
            <ToggleGroup.Item value="week">{t('view.week')}</ToggleGroup.Item>
            <ToggleGroup.Item value="month">{t('view.month')}</ToggleGroup.Item>
          </ToggleGroup>
        }
      >
        {regionStaff && (
          <OptionFilter
            label={t('municipality')}
            allLabel={t('allMunicipalities')}
            value={organizationId}
            options={municipalities.data?.items ?? []}
            onChange={(value) => update({ organizationId: value })}
          />
        )}
        <Field>
          <Label>{t('statusLabel')}</Label>
          <Select value={status ?? ''} onChange={(e) => update({ status: e.target.value })}>
            <Select.Option value="">{t('allStatuses')}</Select.Option>
            {STATUSES.map((s) => (
              <Select.Option key={s} value={s}>
                {t(`status.${s}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('minutesFilter.label')}</Label>
          <Select value={minutes ?? ''} onChange={(e) => update({ minutes: e.target.value })}>
            <Select.Option value="">{t('minutesFilter.all')}</Select.Option>
            {MINUTES.map((m) => (
              <Select.Option key={m} value={m}>
                {t(`minutesFilter.${m}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {view === 'list' && (
          <>
            <Textfield
              label={t('from')}
              type="date"
              value={from}
              onChange={(e) => update({ from: e.target.value || null })}
            />
            <Textfield
              label={t('to')}
              type="date"
              value={to}
              onChange={(e) => update({ to: e.target.value || null })}
            />
          </>
        )}
        <Checkbox
          label={t('mine')}
          checked={mine}
          onChange={(e) => update({ mine: e.target.checked ? '1' : null })}
        />
      </FilterSection>
      {period && (
        <nav aria-label={t('periodNav')} className="period-nav">
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() => update({ date: shiftAnchor(view as CalendarView, anchor, -1) })}
          >
            {view === 'week' ? t('previousWeek') : t('previousMonth')}
          </Button>
          <Button variant="tertiary" data-size="sm" onClick={() => update({ date: null })}>
            {t('today')}
          </Button>
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() => update({ date: shiftAnchor(view as CalendarView, anchor, 1) })}
          >
            {view === 'week' ? t('nextWeek') : t('nextMonth')}
          </Button>
          <Heading level={2} data-size="sm" aria-live="polite">
            {periodTitle}
          </Heading>
        </nav>
      )}
      {!period ? (
        <PagedTable
          result={meetings}
          paging={paging}
          caption={t('title')}
          empty={t('empty')}
          columns={[t('when'), t('municipality'), t('meetingTitle'), t('statusLabel')]}
          row={(meeting) => (
            <Table.Row key={meeting.id}>
              <Table.Cell>
                <RouterLink to={links.meeting(meeting.id)}>
                  <time dateTime={meeting.startAt}>{formatDateTime(meeting.startAt, i18n.language)}</time>
                  {'–'}
                  {formatTimeRange(meeting.startAt, meeting.endAt, i18n.language).split('–')[1]}
                </RouterLink>
              </Table.Cell>
              <Table.Cell>{meeting.organizations.map((o) => o.name).join(', ')}</Table.Cell>
              <Table.Cell>{meeting.title}</Table.Cell>
              <Table.Cell>
                <MeetingStatusTag status={meeting.status} />
              </Table.Cell>
            </Table.Row>
          )}
        />
      ) : meetings.isPending ? (
        <PageSkeleton rows={6} />
      ) : meetings.isError ? (
        <ErrorMessage error={meetings.error} onRetry={() => void meetings.refetch()} />
      ) : (
        <>
          {meetings.data.items.length === 0 && <Paragraph>{t('emptyPeriod')}</Paragraph>}
          <MeetingCalendar
            days={period.days}
            month={view === 'month' ? anchor.slice(0, 7) : undefined}
            meetings={meetings.data.items}
          />
        </>
      )}
    </>
  );
}
