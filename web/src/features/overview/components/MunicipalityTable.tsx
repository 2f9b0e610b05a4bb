import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { links, overviewRowLinks } from '../../../app/links';
import { MeetingDateLink } from '../../../shared/components/MeetingDateLink';
import { formatDate } from '../../../shared/format';
import type { MunicipalityRow, RegionRow } from '../hooks/useCountyOverview';
import { CadenceTag } from './CadenceStatusTag';
import { ExpectationSignals } from './ExpectationSignals';

const COLUMNS = [
  'municipality',
  'cadence',
  'lastMeeting',
  'nextMeeting',
  'actionsOpen',
  'actionsOverdue',
  'questions',
  'minutes',
  'signals',
] as const;
type Column = (typeof COLUMNS)[number];

/** What every row repeats, worked out once per language by the table. */
interface RowTexts {
  t: TFunction<'overview'>;
  language: string;
  /** Each cell's `data-label`: its column's name, shown beside the figure when rows stack. */
  labels: Record<Column, { 'data-label': string }>;
  none: string;
  notApplicable: string;
}

/**
 * The region's own row, then one per municipality; every figure links to the filtered list it counts.
 * Narrower than 64rem each row stands as a block of labelled figures (app.css; `data-label` names them).
 */
export function MunicipalityTable({ rows }: { rows: Array<RegionRow | MunicipalityRow> }) {
  const { t, i18n } = useTranslation('overview');
  const language = i18n.language;
  // One translation hook for the table, not one per row and tag (react-i18next copies the i18n instance for
  // each component that calls it): the rows get the texts they share from here.
  const texts = useMemo<RowTexts>(
    () => ({
      t,
      language,
      labels: Object.fromEntries(
        COLUMNS.map((column) => [column, { 'data-label': t(`columns.${column}`) }]),
      ) as RowTexts['labels'],
      none: t('none'),
      notApplicable: t('notApplicable'),
    }),
    [t, language],
  );
  if (rows.length === 0) return <Paragraph>{t('empty')}</Paragraph>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="municipality-table-caption">
      <Table zebra border data-size="sm" className="overview-table">
        <caption id="municipality-table-caption">{t('tableCaption')}</caption>
        <Table.Head>
          <Table.Row>
            {COLUMNS.map((column) => (
              <Table.HeaderCell key={column}>{texts.labels[column]['data-label']}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <OverviewRow key={row.organizationId} row={row} texts={texts} />
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/**
 * One organization's figures, each linking to the list it counts (links.ts, overviewRowLinks). Memoized: a
 * refetch that leaves a row as it was (TanStack Query keeps its object) does not render it again.
 */
const OverviewRow = memo(function OverviewRow({
  row,
  texts,
}: {
  row: RegionRow | MunicipalityRow;
  texts: RowTexts;
}) {
  const { t, language, labels } = texts;
  const rowLinks = overviewRowLinks(row);
  const label = (column: Column) => labels[column];
  return (
    <Table.Row>
      <Table.HeaderCell scope="row" {...label('municipality')}>
        <RouterLink to={links.municipality(row.organizationId)}>{row.name}</RouterLink>
      </Table.HeaderCell>
      <Table.Cell {...label('cadence')}>
        {row.kind === 'municipality' ? (
          <>
            <CadenceTag status={row.cadence.status} t={t} />
            {row.cadence.dueDate && (
              <span className="cell-note">
                {t('dueDate', { date: formatDate(row.cadence.dueDate, language) })}
              </span>
            )}
          </>
        ) : (
          texts.notApplicable
        )}
      </Table.Cell>
      <Table.Cell {...label('lastMeeting')}>
        <MeetingDateLink meeting={row.lastMeeting} none={texts.none} />
      </Table.Cell>
      <Table.Cell {...label('nextMeeting')}>
        <MeetingDateLink meeting={row.nextMeeting} none={texts.none} />
      </Table.Cell>
      <Table.Cell {...label('actionsOpen')}>
        <RouterLink to={rowLinks.openActions}>{row.actions.open}</RouterLink>
      </Table.Cell>
      <Table.Cell {...label('actionsOverdue')}>
        <RouterLink to={rowLinks.overdueActions}>{row.actions.overdue}</RouterLink>
      </Table.Cell>
      <Table.Cell {...label('questions')}>
        <RouterLink to={rowLinks.openQuestions}>
          {t('questionsTotal', { count: row.questions.open })}
        </RouterLink>
        {row.questions.byOwningParty.length > 0 && (
          <ul className="cell-list">
            {row.questions.byOwningParty.map((owner) => (
              <li key={`${owner.kind}-${owner.organizationId ?? owner.name}`}>
                {owner.organizationId ? (
                  <RouterLink to={rowLinks.openQuestionsOwnedBy(owner.organizationId)}>
                    {owner.name}: {owner.count}
                  </RouterLink>
                ) : (
                  `${owner.name}: ${owner.count}`
                )}
              </li>
            ))}
          </ul>
        )}
      </Table.Cell>
      <Table.Cell {...label('minutes')}>
        <RouterLink to={rowLinks.minutesAwaitingApproval}>{row.minutes.awaitingApproval}</RouterLink>
      </Table.Cell>
      <Table.Cell {...label('signals')}>
        <ExpectationSignals
          kind={row.kind}
          organizationId={row.organizationId}
          expectations={row.expectations}
          t={t}
        />
      </Table.Cell>
    </Table.Row>
  );
});
