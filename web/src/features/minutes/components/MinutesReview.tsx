import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../shared/components/DateTime';
import { formatDateTime } from '../../../shared/format';
import type { Minutes } from '../hooks/useMinutes';
import { adjusterState, reminderState } from '../justering';

const DECISION_COLORS = {
  approved: 'success',
  returned: 'danger',
  pending: 'warning',
  undecided: 'neutral',
} as const;

/**
 * The latest submission to the adjusters: when, the deadline, and per adjuster their state in colour and
 * words (waiting, approved, returned with the comment), when they decided and their reminder (due, sent).
 */
export function MinutesReview({ review }: { review: Minutes['review'] }) {
  const { t, i18n } = useTranslation('minutes');
  const lang = i18n.language;
  return (
    <section aria-labelledby="review-heading" className="section">
      <Heading level={2} data-size="sm" id="review-heading">
        {t('review')}
      </Heading>
      {!review ? (
        <Paragraph>{t('noReview')}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm">
            {t('submittedAt', { time: formatDateTime(review.submittedAt, lang) })}{' '}
            {t(review.status === 'open' ? 'deadlineAt' : 'deadlineWas', {
              time: formatDateTime(review.deadlineAt, lang),
            })}{' '}
            {review.status !== 'open' && t(`reviewStatuses.${review.status}`)}
          </Paragraph>
          <div className="table-scroll">
            <Table zebra data-size="sm">
              <caption className="visually-hidden">{t('adjusters')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('adjusters')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('party')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('decision')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('decidedAt')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('reminder')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {review.adjusters.map((adjuster) => {
                  const decision = adjusterState(review, adjuster);
                  const reminder = reminderState(review, adjuster);
                  return (
                    <Table.Row key={adjuster.personId}>
                      <Table.Cell>{adjuster.name ?? '–'}</Table.Cell>
                      <Table.Cell>{t(`parties.${adjuster.party}`)}</Table.Cell>
                      <Table.Cell>
                        <Tag data-color={DECISION_COLORS[decision]} data-size="sm" className="status-tag">
                          {t(`decisionStates.${decision}`)}
                        </Tag>
                        {adjuster.comment && (
                          <Paragraph data-size="sm" className="pre-line">
                            {t('commentLabel')} {adjuster.comment}
                          </Paragraph>
                        )}
                      </Table.Cell>
                      <Table.Cell>
                        {adjuster.decidedAt ? <DateTime value={adjuster.decidedAt} /> : '–'}
                      </Table.Cell>
                      <Table.Cell>
                        {reminder
                          ? t(`reminderStates.${reminder.kind}`, { time: formatDateTime(reminder.at, lang) })
                          : '–'}
                      </Table.Cell>
                    </Table.Row>
                  );
                })}
              </Table.Body>
            </Table>
          </div>
        </>
      )}
    </section>
  );
}
