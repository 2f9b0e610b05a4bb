import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../shared/components/DateTime';
import { formatDateTime } from '../../../shared/format';
import type { Minutes } from '../hooks/useMinutes';

const DECISION_COLORS = { approved: 'success', returned: 'danger', pending: 'warning' } as const;

/** The latest submission to the adjusters: its deadline and each adjuster's decision. */
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
            {review.status === 'open' && t('deadlineAt', { time: formatDateTime(review.deadlineAt, lang) })}
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
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {review.adjusters.map((adjuster) => {
                  const decision = adjuster.decision ?? 'pending';
                  return (
                    <Table.Row key={adjuster.personId}>
                      <Table.Cell>{adjuster.name ?? '–'}</Table.Cell>
                      <Table.Cell>{t(`parties.${adjuster.party}`)}</Table.Cell>
                      <Table.Cell>
                        <Tag data-color={DECISION_COLORS[decision]} data-size="sm" className="status-tag">
                          {t(`decisionStates.${decision}`)}
                        </Tag>
                        {adjuster.comment && (
                          <Paragraph data-size="sm">
                            {t('commentLabel')} {adjuster.comment}
                          </Paragraph>
                        )}
                      </Table.Cell>
                      <Table.Cell>
                        {adjuster.decidedAt ? <DateTime value={adjuster.decidedAt} /> : '–'}
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
