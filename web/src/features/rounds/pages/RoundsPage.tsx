import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { hasRole } from '../../../app/roles';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { formatDate } from '../../../shared/format';
import { usePageTitle } from '../../../shared/usePageTitle';
import { useMe } from '../../auth/hooks/useMe';
import { RoundStatusTag } from '../components/RoundStatusTag';
import { useRounds } from '../hooks/useRounds';
import '../rounds.css';

const PAGE_SIZE = 25;

/** /rounds: the region's rounds (name, period, status, meetings) and "Ny samverkansomgång". */
export function RoundsPage() {
  const { t, i18n } = useTranslation('rounds');
  usePageTitle(t('title'));
  const me = useMe().data;
  const [offset, setOffset] = useState(0);
  const rounds = useRounds({ limit: PAGE_SIZE, offset });
  const canPlan = me ? hasRole(me, 'coordinator', 'admin') : false;

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <Paragraph>{t('intro')}</Paragraph>
      {canPlan && (
        <div className="page-tools">
          <Button asChild>
            <RouterLink to="/rounds/new">{t('newRound')}</RouterLink>
          </Button>
        </div>
      )}
      {rounds.isPending ? (
        <PageSkeleton rows={4} />
      ) : rounds.isError ? (
        <ErrorMessage error={rounds.error} onRetry={() => void rounds.refetch()} />
      ) : rounds.data.items.length === 0 ? (
        <Paragraph>{t('empty')}</Paragraph>
      ) : (
        <>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="rounds-table-caption">
            <Table zebra border data-size="sm">
              <caption id="rounds-table-caption" className="table-caption">
                {t('tableCaption')}
              </caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('columns.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('columns.window')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('columns.status')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('columns.meetings')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {rounds.data.items.map((round) => (
                  <Table.Row key={round.id}>
                    <Table.HeaderCell scope="row">
                      <RouterLink to={`/rounds/${round.id}`}>{round.name}</RouterLink>
                    </Table.HeaderCell>
                    <Table.Cell>
                      {t('windowText', {
                        from: formatDate(round.window.from, i18n.language),
                        to: formatDate(round.window.to, i18n.language),
                      })}
                    </Table.Cell>
                    <Table.Cell>
                      <RoundStatusTag status={round.status} />
                    </Table.Cell>
                    <Table.Cell>
                      {round.totals ? (round.totals.placed ?? 0) : t('meetingsPlanning')}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          {rounds.data.total > PAGE_SIZE && (
            <nav aria-label={t('tableCaption')} className="page-tools">
              <Paragraph data-size="sm">
                {t('pageOf', {
                  from: offset + 1,
                  to: offset + rounds.data.items.length,
                  total: rounds.data.total,
                })}
              </Paragraph>
              <Button
                variant="secondary"
                data-size="sm"
                disabled={offset === 0}
                onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
              >
                {t('previous')}
              </Button>
              <Button
                variant="secondary"
                data-size="sm"
                disabled={offset + PAGE_SIZE >= rounds.data.total}
                onClick={() => setOffset(offset + PAGE_SIZE)}
              >
                {t('next')}
              </Button>
            </nav>
          )}
        </>
      )}
    </>
  );
}
