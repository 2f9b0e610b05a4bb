import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/errors';
import { formatDateTime } from '../../../shared/format';
import { useToast } from '../../../shared/toast/ToastProvider';
import { useDecideMinutes } from '../hooks/useJustering';
import type { Minutes } from '../hooks/useMinutes';

/**
 * For an adjuster of the open review who has not decided yet, signed in: approve the minutes as read above,
 * or return them to the secretary with a comment (required for a return). The emailed link does the same
 * without signing in (/minutes-approval/:token).
 */
export function AdjusterDecision({
  meetingId,
  review,
}: {
  meetingId: string;
  review: NonNullable<Minutes['review']>;
}) {
  const { t, i18n } = useTranslation('minutes');
  const toast = useToast();
  const decide = useDecideMinutes(meetingId);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [decision, setDecision] = useState<'approve' | 'return'>('approve');

  function send(event: FormEvent) {
    event.preventDefault();
    const text = comment.trim();
    if (decision === 'return' && !text) return setMissing(true);
    // This form goes with the decision: a promise, not mutate's callbacks, outlives it.
    decide.mutateAsync({ decision, comment: text }).then(
      () => toast.show(t(decision === 'approve' ? 'justering.approved' : 'justering.returned')),
      () => undefined, // shown from decide.error
    );
  }

  return (
    <section aria-labelledby="decide-heading" className="section justering-decide">
      <Heading level={2} data-size="sm" id="decide-heading">
        {t('justering.decideHeading')}
      </Heading>
      <Paragraph data-size="sm">
        {t('justering.decideIntro', { time: formatDateTime(review.deadlineAt, i18n.language) })}
      </Paragraph>
      <form onSubmit={send} className="form" noValidate>
        <Textfield
          label={t('justering.decisionComment')}
          description={t('justering.decisionCommentHint')}
          multiline
          rows={3}
          value={comment}
          onChange={(event) => {
            setComment(event.target.value);
            setMissing(false);
          }}
          error={missing ? t('justering.commentRequired') : undefined}
        />
        {decide.error ? (
          <Alert data-color="danger" role="alert">
            <Paragraph>{errorText(decide.error, t)}</Paragraph>
          </Alert>
        ) : null}
        <div className="button-row">
          <Button
            type="submit"
            data-color="success"
            loading={decide.isPending && decision === 'approve'}
            onClick={() => setDecision('approve')}
          >
            {t('justering.approve')}
          </Button>
          <Button
            type="submit"
            variant="secondary"
            data-color="danger"
            loading={decide.isPending && decision === 'return'}
            onClick={() => setDecision('return')}
          >
            {t('justering.return')}
          </Button>
        </div>
      </form>
    </section>
  );
}
