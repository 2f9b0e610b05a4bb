import { Tag } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
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
  return <CadenceTag status={status} t={t} />;
}

/** CadenceStatusTag with the overview's `t` given: a table renders one per row without a hook in each. */
export function CadenceTag({ status, t }: { status: CadenceStatus; t: TFunction<'overview'> }) {
  return (
    <Tag data-color={COLORS[status]} data-size="sm" className="status-tag">
      <span aria-hidden="true" className="status-symbol">
        {t(`cadence.symbol.${status}`)}
      </span>{' '}
      {t(`cadence.status.${status}`)}
    </Tag>
  );
}
