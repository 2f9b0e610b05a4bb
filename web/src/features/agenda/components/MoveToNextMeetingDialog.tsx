import { Alert, Button, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { links } from '../../../app/links';
import { errorField, errorText } from '../../../shared/errors';
import { formatDate, formatTimeRange } from '../../../shared/format';
import { useToast } from '../../../shared/toast/ToastProvider';
import { useMe } from '../../auth/hooks/useMe';
import { type Agenda, type AgendaItem, useMoveToNextMeeting } from '../hooks/useAgenda';

/**
 * "Flytta till nästa möte": says which meeting the item lands on (the API's Agenda.nextMeeting), or that
 * there is none and what to do; for an accepted proposal of someone else, a message to its proposer, who is
 * told by email. Open while `item` is set; the API's refusal shows in the dialog (at the message when it is
 * about the message).
 */
export function MoveToNextMeetingDialog({
  agenda,
  item,
  onMoved,
  onClose,
}: {
  agenda: Agenda;
  item: AgendaItem | null;
  onMoved: (item: AgendaItem) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('agenda');
  const toast = useToast();
  const me = useMe().data;
  const move = useMoveToNextMeeting(agenda.meetingId);
  const [message, setMessage] = useState('');
  const next = agenda.nextMeeting;
  const proposer =
    item?.source === 'proposal' && item.status === 'accepted' && item.proposer && item.proposedBy !== me?.id
      ? item.proposer
      : null;
  const messageError = move.error && errorField(move.error) === 'reason' ? errorText(move.error, t) : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!item || !next) return;
    move.mutate(
      { itemId: item.id, message: proposer ? message.trim() : '' },
      {
        onSuccess: () => {
          toast.show(t('moveNextToast', { title: item.title, meeting: next.title }));
          onMoved(item);
          onClose();
        },
      },
    );
  }

  return (
    <Dialog
      open={item !== null}
      onClose={onClose}
      closeButton={t('common:close')}
      aria-labelledby="move-next-title"
    >
      {item && (
        <form className="form" onSubmit={submit} noValidate>
          <Heading level={2} data-size="sm" id="move-next-title">
            {t('moveNextTitle', { title: item.title })}
          </Heading>
          {next ? (
            <>
              <Paragraph>{t('moveNextText')}</Paragraph>
              <dl className="facts" data-testid="next-meeting">
                <dt>{t('moveNextMeeting')}</dt>
                <dd>
                  <RouterLink to={links.meetingAgenda(next.id)}>{next.title}</RouterLink>
                </dd>
                <dt>{t('time')}</dt>
                <dd>
                  {formatDate(next.startAt, i18n.language)}{' '}
                  {formatTimeRange(next.startAt, next.endAt, i18n.language)}
                </dd>
              </dl>
              {proposer ? (
                <Textfield
                  label={t('moveNextMessage', { name: proposer.name })}
                  description={t('moveNextMessageHint', { name: proposer.name })}
                  multiline
                  rows={3}
                  maxLength={2000}
                  value={message}
                  error={messageError}
                  onChange={(e: ChangeEvent<HTMLTextAreaElement>) => setMessage(e.target.value)}
                />
              ) : (
                <Paragraph data-size="sm">{t('moveNextNobodyTold')}</Paragraph>
              )}
            </>
          ) : (
            <Alert data-color="warning">
              <Heading level={3} data-size="xs">
                {t('moveNextNoneTitle')}
              </Heading>
              <Paragraph>{t('moveNextNone')}</Paragraph>
            </Alert>
          )}
          {move.error && !messageError ? (
            <Alert data-color="danger" role="alert">
              <Paragraph>{errorText(move.error, t)}</Paragraph>
            </Alert>
          ) : null}
          <div className="button-row">
            {next && (
              <Button type="submit" loading={move.isPending}>
                {t('moveNextConfirm')}
              </Button>
            )}
            <Button type="button" variant="secondary" onClick={onClose}>
              {next ? t('cancel') : t('common:close')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
