import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { links } from '../../../app/links';
import { formatDate } from '../../../shared/format';
import type { RoundItem } from '../hooks/useRound';
import { ItemTime } from './ItemTime';

interface PlanTableProps {
  items: RoundItem[];
  /** The meetings exist (confirmed round): the caption no longer says "proposed". */
  confirmed?: boolean;
  onMove?: (item: RoundItem) => void;
  /** When the round was sent as a proposal: each municipality's answer, in a column of its own. */
  renderAnswer?: (item: RoundItem) => ReactNode;
}

/** The placed meetings as a table: time, mode and travel, and the API's localized reasons for each. */
export function PlanTable({ items, confirmed = false, onMove, renderAnswer }: PlanTableProps) {
  const { t, i18n } = useTranslation('rounds');
  const placed = items
    .filter((item) => item.startAt !== null)
    .sort((a, b) => (a.startAt! < b.startAt! ? -1 : a.startAt! > b.startAt! ? 1 : 0));
  return (
    <section aria-labelledby="list-heading" className="section">
      <Heading level={2} data-size="sm" id="list-heading">
        {t('detail.list')}
      </Heading>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="plan-table-caption">
        <Table border data-size="sm" className="plan-table">
          <caption id="plan-table-caption">
            {t(confirmed ? 'detail.listCaptionConfirmed' : 'detail.listCaption')}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('detail.columns.municipality')}</Table.HeaderCell>
              <Table.HeaderCell>{t('detail.columns.time')}</Table.HeaderCell>
              <Table.HeaderCell>{t('detail.columns.mode')}</Table.HeaderCell>
              {renderAnswer && <Table.HeaderCell>{t('detail.columns.answer')}</Table.HeaderCell>}
              <Table.HeaderCell>{t('detail.columns.reasons')}</Table.HeaderCell>
              <Table.HeaderCell>{t('detail.columns.actions')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {placed.map((item) => (
              <Table.Row key={item.organizationId}>
                <Table.HeaderCell scope="row">{item.organizationName}</Table.HeaderCell>
                <Table.Cell>
                  <ItemTime item={item} />
                  {item.moved && (
                    <div>
                      <Tag data-size="sm" data-color="info">
                        {t('detail.moved')}
                      </Tag>
                    </div>
                  )}
                  {item.afterDueDate && item.dueDate && (
                    <div>
                      <Tag data-size="sm" data-color="warning">
                        {t('detail.afterDue', { date: formatDate(item.dueDate, i18n.language) })}
                      </Tag>
                    </div>
                  )}
                </Table.Cell>
                <Table.Cell>
                  <div>{t(`modes.${item.mode}`)}</div>
                  {item.attendance && <div className="cell-note">{t(`attendance.${item.attendance}`)}</div>}
                  <div className="cell-note">
                    {item.travelMinutesBefore + item.travelMinutesAfter > 0
                      ? t('detail.travel', {
                          before: item.travelMinutesBefore,
                          after: item.travelMinutesAfter,
                        })
                      : t('detail.noTravel')}
                  </div>
                </Table.Cell>
                {renderAnswer && <Table.Cell>{renderAnswer(item)}</Table.Cell>}
                <Table.Cell>
                  <ul className="cell-list reasons">
                    {item.reasons.map((reason, index) => (
                      <li key={index}>{reason.message}</li>
                    ))}
                  </ul>
                </Table.Cell>
                <Table.Cell>
                  {item.meetingId ? (
                    <RouterLink to={links.meeting(item.meetingId)}>{t('detail.meetingLink')}</RouterLink>
                  ) : (
                    onMove &&
                    item.state === 'proposed' && (
                      <Button
                        variant="secondary"
                        data-size="sm"
                        aria-label={t('detail.moveLabel', { name: item.organizationName })}
                        onClick={() => onMove(item)}
                      >
                        {t('detail.move')}
                      </Button>
                    )
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </section>
  );
}

/** The municipalities without a time, each with the constraint that blocked it (the API's words). */
export function UnplacedList({ items }: { items: RoundItem[] }) {
  const { t } = useTranslation('rounds');
  const unplaced = items.filter((item) => item.state === 'unplaced');
  return (
    <section aria-labelledby="unplaced-heading" className="section">
      <Heading level={2} data-size="sm" id="unplaced-heading">
        {t('detail.unplaced')}
      </Heading>
      {unplaced.length === 0 ? (
        <Paragraph>{t('detail.noUnplaced')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('detail.unplacedIntro')}</Paragraph>
          <ul className="unplaced-list">
            {unplaced.map((item) => (
              <li key={item.organizationId}>
                <strong>{item.organizationName}</strong>: {item.unplaced?.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
