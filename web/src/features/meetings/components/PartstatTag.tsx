import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  'NEEDS-ACTION': 'neutral',
  ACCEPTED: 'success',
  TENTATIVE: 'warning',
  DECLINED: 'danger',
  DELEGATED: 'info',
};

/** A participant's answer to the invitation in colour AND words. */
export function PartstatTag({ partstat }: { partstat: string }) {
  const { t } = useTranslation('meetings');
  return (
    <Tag data-color={COLORS[partstat] ?? 'neutral'} data-size="sm" className="status-tag">
      {t(`partstat.${partstat}`)}
    </Tag>
  );
}
