import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Round } from '../hooks/useRound';

/** The worker's progress on a round planned in the background: a labelled bar and the phase in words. */
export function PlanningProgress({ progress }: { progress: Round['progress'] }) {
  const { t } = useTranslation('rounds');
  const total = Math.max(progress.total, 0);
  return (
    <section aria-labelledby="progress-heading" className="section round-progress">
      <Heading level={2} data-size="sm" id="progress-heading">
        {t('detail.progressTitle')}
      </Heading>
      <label htmlFor="round-progress-bar">{t('detail.progressLabel')}</label>
      <progress
        id="round-progress-bar"
        max={total || 1}
        value={total ? progress.done : undefined}
        aria-describedby="round-progress-text"
      />
      <Paragraph id="round-progress-text" role="status">
        {t(`detail.phase.${progress.phase}`)}{' '}
        {total > 0 && t('detail.progressText', { done: progress.done, total })}
      </Paragraph>
    </section>
  );
}
