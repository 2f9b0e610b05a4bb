import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ActionStatus } from '../hooks/useActions';

const COLORS: Record<ActionStatus, string> = {
  proposed: 'neutral',
  open: 'info',
  in_progress: 'warning',
  done: 'success',
  cancelled: 'neutral',
};

/** An action's status in colour AND words; "overdue" in words beside it. */
export function ActionStatusTag({ status, overdue = false }: { status: ActionStatus; overdue?: boolean }) {
  const { t } = useTranslation('actions');
  return (
    <>
      <Tag data-color={COLORS[status]} data-size="sm" className="status-tag">
        {t(`status.${status}`)}
      </Tag>
      {overdue && ' '}
      {overdue && (
        <Tag data-color="danger" data-size="sm" className="status-tag">
          {t('overdue')}
        </Tag>
      )}
    </>
  );
}
