import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { QuestionStatus } from '../hooks/useQuestions';

const COLORS: Record<QuestionStatus, string> = {
  open: 'info',
  in_progress: 'warning',
  resolved: 'success',
  parked: 'neutral',
};

/** A question's status in colour AND words. */
export function QuestionStatusTag({ status }: { status: QuestionStatus }) {
  const { t } = useTranslation('questions');
  return (
    <Tag data-color={COLORS[status]} data-size="sm" className="status-tag">
      {t(`status.${status}`)}
    </Tag>
  );
}
