import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { DateTime } from '../../../shared/components/DateTime';
import { useToast } from '../../../shared/toast/ToastProvider';
import type { Meeting } from '../../meetings/hooks/useMeetings';
import { type Agenda, type AgendaDelivery, usePublishAgenda } from '../hooks/useAgenda';

const STATUS_COLORS: Record<AgendaDelivery['status'], string> = {
  queued: 'warning',
  sent: 'success',
  failed: 'danger',
};

/**
 * For the agenda's keepers: publish the agenda (it goes to every participant by email, and again after each
 * burst of changes), then who was told and when, per email, from the service's outbox.
 */
export function Publication({ meeting, agenda }: { meeting: Meeting; agenda: Agenda }) {
  const { t } = useTranslation('agenda');
  const toast = useToast();
  const publish = usePublishAgenda(meeting.id);
  const deliveries = agenda.deliveries ?? [];
  const participants = meeting.participants.length;

  return (
    <section aria-labelledby="publication-heading" className="section">
      <Heading level={2} data-size="sm" id="publication-heading">
        {t('publication.heading')}
      </Heading>
      {!agenda.publishedAt ? (
        <>
          <Paragraph>{t('publication.notYet')}</Paragraph>
          <ConfirmDialog
            trigger={t('publication.publish')}
            title={t('publication.confirmTitle')}
            confirm={t('publication.confirm')}
            danger={false}
            pending={publish.isPending}
            error={publish.error}
            onConfirm={() =>
              publish
                .mutateAsync(undefined)
                .then(() => toast.show(t('publication.published', { count: participants })))
            }
          >
            {t('publication.confirmText', { count: participants })}
          </ConfirmDialog>
        </>
      ) : (
        <>
          <Heading level={3} data-size="xs" id="told-heading">
            {t('publication.told')}
          </Heading>
          {deliveries.length === 0 ? (
            <Paragraph>{t('publication.sending')}</Paragraph>
          ) : (
            <div className="table-scroll">
              <Table zebra border data-size="sm" aria-labelledby="told-heading">
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('publication.person')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('publication.address')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('publication.status')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('publication.when')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {deliveries.map((entry, index) => (
                    <Table.Row key={`${entry.address}-${entry.queuedAt}-${index}`}>
                      <Table.Cell>{entry.name ?? t('publication.unknownPerson')}</Table.Cell>
                      <Table.Cell>{entry.address}</Table.Cell>
                      <Table.Cell>
                        <Tag data-color={STATUS_COLORS[entry.status]} data-size="sm" className="status-tag">
                          {t(`publication.state.${entry.status}`)}
                        </Tag>
                      </Table.Cell>
                      <Table.Cell>
                        <DateTime value={entry.sentAt ?? entry.queuedAt} />
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
