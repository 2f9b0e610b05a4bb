import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { RoundStatus } from '../hooks/useRounds';

const COLORS: Record<RoundStatus, string> = {
  planning: 'info',
  draft: 'warning',
  confirmed: 'success',
  failed: 'danger',
};

/** A round's status in colour AND words. */
export function RoundStatusTag({ status }: { status: RoundStatus }) {
  const { t } = useTranslation('rounds');
  return (
    <Tag data-color={COLORS[status]} data-size="sm" className="status-tag">
      {t(`status.${status}`)}
    </Tag>
  );
}
