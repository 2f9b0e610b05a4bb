import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SyncSnapshot } from '../drafts/minutes-sync';

const SYMBOLS = { saved: '✓', saving: '…', offline: '⚠', conflict: '⚠', signedOut: '⚠', failed: '✕' };

/**
 * The autosave's state, always in view (it sticks to the top while the secretary scrolls) and read out
 * politely by screen readers when it changes: saved, saving, offline and waiting, a conflict, signed out, a
 * refusal with its reason and a retry.
 */
export function SaveStatus({
  snapshot,
  durable,
  onRetry,
}: {
  snapshot: SyncSnapshot;
  durable: boolean;
  onRetry: () => void;
}) {
  const { t } = useTranslation('minutes');
  const { status, pending, error } = snapshot;
  return (
    <div className="minutes-status" data-status={status}>
      <p role="status" className="minutes-status__text">
        <span aria-hidden="true" className="minutes-status__symbol">
          {SYMBOLS[status]}
        </span>{' '}
        {status === 'failed'
          ? t('save.failed', {
              reason:
                error?.message ??
                t(`common:errors.${error?.code ?? 'UNKNOWN'}`, { defaultValue: t('common:errors.UNKNOWN') }),
            })
          : t(`save.${status}`)}
      </p>
      {pending > 0 && status !== 'saving' && (
        <Paragraph data-size="sm" className="minutes-status__detail">
          {t('save.pending', { count: pending })}
        </Paragraph>
      )}
      {status === 'failed' && (
        <Button data-size="sm" variant="secondary" onClick={onRetry}>
          {t('save.retry')}
        </Button>
      )}
      {!durable && (
        <Paragraph data-size="sm" className="minutes-status__detail">
          {t('save.notDurable')}
        </Paragraph>
      )}
    </div>
  );
}
