import { useTranslation } from 'react-i18next';
import { formatDate, formatTimeRange } from '../../../shared/format';
import type { RoundItem } from '../hooks/useRound';

/** "2027-01-12 13:00–15:00" of a placed item, machine-readable in `datetime`. */
export function ItemTime({ item, dateless = false }: { item: RoundItem; dateless?: boolean }) {
  const { i18n } = useTranslation();
  if (!item.startAt || !item.endAt) return null;
  const range = formatTimeRange(item.startAt, item.endAt, i18n.language);
  return (
    <time dateTime={item.startAt}>
      {dateless ? range : `${formatDate(item.startAt, i18n.language)} ${range}`}
    </time>
  );
}
