import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ProposalFate } from '../agenda-view';

const COLORS: Record<ProposalFate, string> = {
  proposed: 'warning',
  accepted: 'success',
  declined: 'danger',
};

/** A proposal's fate in colour AND words. */
export function ProposalFateTag({ fate }: { fate: ProposalFate }) {
  const { t } = useTranslation('agenda');
  return (
    <Tag data-color={COLORS[fate]} data-size="sm" className="status-tag">
      {t(`fate.${fate}`)}
    </Tag>
  );
}
