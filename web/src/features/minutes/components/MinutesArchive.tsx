import { Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../shared/components/DateTime';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { fileSize } from '../../agenda/components/ItemPapers';
import { type ArchivePackage, useArchivePackages } from '../hooks/useArchivePackages';

const DELIVERY_COLORS = {
  delivered: 'success',
  pending: 'warning',
  failed: 'danger',
  not_configured: 'neutral',
} as const;

/**
 * The archive packages of the locked minutes (for the region's admins, coordinators and secretaries): one
 * per locked revision, newest first, each to download, with its delivery to the region's e-archive in words.
 * While the minutes are written again after a reopen (`onlyIfAny`) it shows only when there are packages.
 */
export function MinutesArchive({ meetingId, onlyIfAny = false }: { meetingId: string; onlyIfAny?: boolean }) {
  const { t } = useTranslation('minutes');
  const packages = useArchivePackages(meetingId, true);
  if (onlyIfAny && (packages.data?.items.length ?? 0) === 0) return null;
  return (
    <section aria-labelledby="archive-heading" className="section">
      <Heading level={2} data-size="sm" id="archive-heading">
        {t('archive.heading')}
      </Heading>
      {packages.isPending ? (
        <PageSkeleton rows={2} />
      ) : packages.isError ? (
        <ErrorMessage error={packages.error} onRetry={() => void packages.refetch()} />
      ) : (
        <>
          <Paragraph data-size="sm">
            {t(packages.data.deliveryConfigured ? 'archive.delivered' : 'archive.notDelivered')}
          </Paragraph>
          {packages.data.items.length === 0 ? (
            <Paragraph>{t('archive.none')}</Paragraph>
          ) : (
            <Table aria-labelledby="archive-heading" data-size="sm">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('archive.revision')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('archive.lockedAt')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('archive.delivery')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('archive.package')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {packages.data.items.map((item) => (
                  <ArchiveRow key={item.revision} item={item} />
                ))}
              </Table.Body>
            </Table>
          )}
        </>
      )}
    </section>
  );
}

function ArchiveRow({ item }: { item: ArchivePackage }) {
  const { t, i18n } = useTranslation('minutes');
  const { delivery } = item;
  return (
    <Table.Row>
      <Table.Cell>{t('archive.revisionNumber', { revision: item.revision })}</Table.Cell>
      <Table.Cell>
        <DateTime value={item.lockedAt} />
      </Table.Cell>
      <Table.Cell>
        <Tag data-color={DELIVERY_COLORS[delivery.status]} data-size="sm">
          {t(`archive.status.${delivery.status}`)}
        </Tag>
        <Paragraph data-size="xs">
          {delivery.status === 'delivered' && delivery.deliveredAt && (
            <>
              {t('archive.deliveredAt')} <DateTime value={delivery.deliveredAt} />
            </>
          )}
          {(delivery.status === 'pending' || delivery.status === 'failed') &&
            delivery.attempts > 0 &&
            t('archive.attempts', {
              count: delivery.attempts,
              error: delivery.lastError ?? '',
            })}
          {delivery.status === 'pending' && delivery.attempts === 0 && t('archive.queued')}
        </Paragraph>
      </Table.Cell>
      <Table.Cell>
        <Link
          href={item.url}
          download
          aria-label={t('archive.downloadLabel', {
            revision: item.revision,
            size: fileSize(item.sizeBytes, i18n.language),
          })}
        >
          {t('archive.download', { size: fileSize(item.sizeBytes, i18n.language) })}
        </Link>
      </Table.Cell>
    </Table.Row>
  );
}
