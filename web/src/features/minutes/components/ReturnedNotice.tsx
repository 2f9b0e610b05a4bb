import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Minutes } from '../hooks/useMinutes';
import { returnComments } from '../justering';

/** Above the editor of returned minutes: who returned them and why, so the secretary knows what to change. */
export function ReturnedNotice({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation('minutes');
  if (minutes.status !== 'returned') return null;
  const comments = returnComments(minutes.review);
  return (
    <Alert data-color="warning" className="section">
      <Heading level={2} data-size="xs">
        {t('justering.returnedHeading')}
      </Heading>
      {comments.map((entry, index) => (
        <Paragraph key={index} className="pre-line">
          {t('justering.returnedBy', { name: entry.name ?? t('justering.anAdjuster') })} {entry.comment}
        </Paragraph>
      ))}
      <Paragraph data-size="sm">{t('justering.returnedHint')}</Paragraph>
    </Alert>
  );
}
