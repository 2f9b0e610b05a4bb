import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '../hooks/useMeetings';

const COLORS: Record<MeetingStatus, string> = {
  planned: 'info',
  confirmed: 'success',
  held: 'neutral',
  cancelled: 'danger',
};

/** A meeting's status in colour AND words. */
export function MeetingStatusTag({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation('meetings');
  return (
    <Tag data-color={COLORS[status]} data-size="sm" className="status-tag">
      {t(`status.${status}`)}
    </Tag>
  );
}
