import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MinutesStatus } from '../hooks/useMinutes';

const COLORS: Record<MinutesStatus, string> = {
  draft: 'neutral',
  in_review: 'warning',
  returned: 'danger',
  locked: 'success',
};

/** The minutes' state in colour AND words. */
export function MinutesStatusTag({ status }: { status: MinutesStatus }) {
  const { t } = useTranslation('minutes');
  return (
    <Tag data-color={COLORS[status]} data-size="sm" className="status-tag">
      {t(`status.${status}`)}
    </Tag>
  );
}
