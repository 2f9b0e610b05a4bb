import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { links } from '../../../app/links';
import { MeetingDateLink } from '../../../shared/components/MeetingDateLink';
import { formatDate } from '../../../shared/format';
import type { MunicipalityRow, RegionRow } from '../hooks/useCountyOverview';
import { CadenceStatusTag } from './CadenceStatusTag';

/**
 * A municipality's open questions are those raised with it; the region's row counts those the region owns
 * (the API's ownerOrganizationId), raised with a municipality or not.
 */
function openQuestionsOf(row: RegionRow | MunicipalityRow): string {
  return row.kind === 'region'
    ? links.openQuestionsOwnedBy(row.organizationId)
    : links.openQuestions(row.organizationId);
}

/** The region's own row, then one per municipality; every figure links to the filtered list it counts. */
export function MunicipalityTable({ rows }: { rows: Array<RegionRow | MunicipalityRow> }) {
  const { t, i18n } = useTranslation('overview');
  if (rows.length === 0) return <Paragraph>{t('empty')}</Paragraph>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="municipality-table-caption">
      <Table zebra border data-size="sm" className="overview-table">
        <caption id="municipality-table-caption">{t('tableCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('columns.municipality')}</Table.HeaderCell>
            <Table.HeaderCell>{t('columns.cadence')}</Table.HeaderCell>
            <Table.HeaderCell>{t('columns.lastMeeting')}</Table.HeaderCell>
            <Table.HeaderCell>{t('columns.nextMeeting')}</Table.HeaderCell>
            <Table.HeaderCell>{t('columns.actionsOpen')}</Table.HeaderCell>
            <Table.HeaderCell>{t('columns.actionsOverdue')}</Table.HeaderCell>
            <Table.HeaderCell>{t('columns.questions')}</Table.HeaderCell>
            <Table.HeaderCell>{t('columns.minutes')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.organizationId}>
              <Table.HeaderCell scope="row">
                <RouterLink to={links.municipality(row.organizationId)}>{row.name}</RouterLink>
              </Table.HeaderCell>
              <Table.Cell>
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
              <Table.Cell>
                <MeetingDateLink meeting={row.lastMeeting} none={t('none')} />
              </Table.Cell>
              <Table.Cell>
                <MeetingDateLink meeting={row.nextMeeting} none={t('none')} />
              </Table.Cell>
              <Table.Cell>
                <RouterLink to={links.openActions(row.organizationId)}>{row.actions.open}</RouterLink>
              </Table.Cell>
              <Table.Cell>
                <RouterLink to={links.overdueActions(row.organizationId)}>{row.actions.overdue}</RouterLink>
              </Table.Cell>
              <Table.Cell>
                <RouterLink to={openQuestionsOf(row)}>
                  {t('questionsTotal', { count: row.questions.open })}
                </RouterLink>
                {row.questions.byOwningParty.length > 0 && (
                  <ul className="cell-list">
                    {row.questions.byOwningParty.map((owner) => (
                      <li key={`${owner.kind}-${owner.organizationId ?? owner.name}`}>
                        {owner.organizationId ? (
                          <RouterLink
                            to={
                              row.kind === 'region'
                                ? links.openQuestionsOwnedBy(owner.organizationId)
                                : links.openQuestions(row.organizationId, owner.organizationId)
                            }
                          >
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
              <Table.Cell>
                <RouterLink to={links.minutesAwaitingApproval(row.organizationId)}>
                  {row.minutes.awaitingApproval}
                </RouterLink>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
