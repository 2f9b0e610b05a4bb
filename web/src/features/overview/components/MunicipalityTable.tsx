import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { links, overviewRowLinks } from '../../../app/links';
import { MeetingDateLink } from '../../../shared/components/MeetingDateLink';
import { formatDate } from '../../../shared/format';
import type { MunicipalityRow, RegionRow } from '../hooks/useCountyOverview';
import { CadenceStatusTag } from './CadenceStatusTag';
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

/**
 * The region's own row, then one per municipality; every figure links to the filtered list it counts.
 * Narrower than 64rem each row stands as a block of labelled figures (app.css; `data-label` names them).
 */
export function MunicipalityTable({ rows }: { rows: Array<RegionRow | MunicipalityRow> }) {
  const { t } = useTranslation('overview');
  if (rows.length === 0) return <Paragraph>{t('empty')}</Paragraph>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="municipality-table-caption">
      <Table zebra border data-size="sm" className="overview-table">
        <caption id="municipality-table-caption">{t('tableCaption')}</caption>
        <Table.Head>
          <Table.Row>
            {COLUMNS.map((column) => (
              <Table.HeaderCell key={column}>{t(`columns.${column}`)}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <OverviewRow key={row.organizationId} row={row} />
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** One organization's figures, each linking to the list it counts (links.ts, overviewRowLinks). */
function OverviewRow({ row }: { row: RegionRow | MunicipalityRow }) {
  const { t, i18n } = useTranslation('overview');
  const rowLinks = overviewRowLinks(row);
  const label = (column: Column) => ({ 'data-label': t(`columns.${column}`) });
  return (
    <Table.Row>
      <Table.HeaderCell scope="row" {...label('municipality')}>
        <RouterLink to={links.municipality(row.organizationId)}>{row.name}</RouterLink>
      </Table.HeaderCell>
      <Table.Cell {...label('cadence')}>
        {row.kind === 'municipality' ? (
          <>
            <CadenceStatusTag status={row.cadence.status} />
            {row.cadence.dueDate && (
              <span className="cell-note">
                {t('dueDate', { date: formatDate(row.cadence.dueDate, i18n.language) })}
              </span>
            )}
          </>
        ) : (
          t('notApplicable')
        )}
      </Table.Cell>
      <Table.Cell {...label('lastMeeting')}>
        <MeetingDateLink meeting={row.lastMeeting} none={t('none')} />
      </Table.Cell>
      <Table.Cell {...label('nextMeeting')}>
        <MeetingDateLink meeting={row.nextMeeting} none={t('none')} />
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
        />
      </Table.Cell>
    </Table.Row>
  );
}
