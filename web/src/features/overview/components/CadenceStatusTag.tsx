import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CadenceStatus } from '../hooks/useCountyOverview';

const COLORS: Record<CadenceStatus, string> = {
  ok: 'success',
  due: 'warning',
  overdue: 'danger',
  no_agreement: 'neutral',
};

/** The cadence status in colour AND words (never colour alone), with a symbol for those who see no colour. */
export function CadenceStatusTag({ status }: { status: CadenceStatus }) {
  const { t } = useTranslation('overview');
  return (
    <Tag data-color={COLORS[status]} data-size="sm" className="status-tag">
      <span aria-hidden="true" className="status-symbol">
        {t(`cadence.symbol.${status}`)}
      </span>{' '}
      {t(`cadence.status.${status}`)}
    </Tag>
  );
}
