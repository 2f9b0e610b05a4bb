import { Alert, Button, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/errors';
import { formatDate, formatDateTime, formatTimeRange } from '../../../shared/format';
import { useToast } from '../../../shared/toast/ToastProvider';
import type { Round, RoundItem } from '../hooks/useRound';
import { useMoveRoundItem } from '../hooks/useRoundMutations';

const TAG_COLOR = { pending: 'neutral', accepted: 'success', other: 'warning' } as const;

/**
 * One municipality's answer to the round's proposal: accepted (or counted as accepted), or asking for another
 * time with its alternatives and reason. While the round is a draft, each alternative can be taken at once
 * (a move, checked by the scheduler like any other).
 */
export function RoundAnswer({ round, item, editable }: { round: Round; item: RoundItem; editable: boolean }) {
  const { t, i18n } = useTranslation('rounds');
  const toast = useToast();
  const move = useMoveRoundItem(round);
  const answer = item.answer;
  if (!answer) return null;
  const lang = i18n.language;
  const when = (startAt: string) => {
    const end = new Date(new Date(startAt).getTime() + round.durationMinutes * 60_000).toISOString();
    return `${formatDate(startAt, lang)} ${formatTimeRange(startAt, end, lang)}`;
  };
  const label =
    answer.state === 'accepted' && answer.byDefault
      ? t('answer.acceptedByDefault')
      : t(`answer.${answer.state}`);
  const movedSince = item.startAt !== null && item.startAt !== answer.proposedStartAt;
  return (
    <div className="round-answer">
      <Tag data-size="sm" data-color={TAG_COLOR[answer.state]}>
        {label}
      </Tag>
      {answer.answeredAt && answer.answeredByName && (
        <div className="cell-note">
          {t('answer.by', { name: answer.answeredByName, time: formatDateTime(answer.answeredAt, lang) })}
        </div>
      )}
      {answer.reason && <Paragraph data-size="sm">{t('answer.reason', { reason: answer.reason })}</Paragraph>}
      {answer.alternatives.length > 0 && (
        <>
          <div className="cell-note">{t('answer.alternatives')}</div>
          <ul className="cell-list">
            {answer.alternatives.map((alternative) => (
              <li key={alternative.startAt}>
                <time dateTime={alternative.startAt}>{when(alternative.startAt)}</time>
                {editable && alternative.startAt !== item.startAt && (
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    aria-label={t('answer.useAlternativeLabel', {
                      name: item.organizationName,
                      time: when(alternative.startAt),
                    })}
                    loading={move.isPending && move.variables?.start === alternative.startAt}
                    onClick={() =>
                      move.mutate(
                        { organizationId: item.organizationId, start: alternative.startAt },
                        {
                          onSuccess: () =>
                            toast.show(
                              t('moveDialog.moved', {
                                name: item.organizationName,
                                time: when(alternative.startAt),
                              }),
                            ),
                        },
                      )
                    }
                  >
                    {t('answer.useAlternative', { time: when(alternative.startAt) })}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {movedSince && (
        <div className="cell-note">{t('answer.askedAbout', { time: when(answer.proposedStartAt) })}</div>
      )}
      {move.isError && (
        <Alert data-color="danger" role="alert" data-size="sm">
          <Paragraph data-size="sm">{errorText(move.error, t)}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
