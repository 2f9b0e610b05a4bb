import { Alert, Button, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/errors';
import { formatDateTime } from '../../../shared/format';
import { useToast } from '../../../shared/toast/ToastProvider';
import { type Round, type RoundItem } from '../hooks/useRound';
import { useMoveRoundItem } from '../hooks/useRoundMutations';
import { localToIso, splitLocal } from '../local-time';

interface MoveDialogProps {
  round: Round;
  /** The meeting being moved; null = closed. */
  item: RoundItem | null;
  onClose: () => void;
}

/**
 * Moves one proposed meeting to a new date and start time (Swedish time). The service checks the same
 * constraints as the planning; a refusal (409) stays in the dialog as the service's sentence.
 */
export function MoveDialog({ round, item, onClose }: MoveDialogProps) {
  const { t, i18n } = useTranslation('rounds');
  const toast = useToast();
  const ref = useRef<HTMLDialogElement>(null);
  const move = useMoveRoundItem(round);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (item) {
      const current = item.startLocal
        ? splitLocal(item.startLocal)
        : { date: round.window.from, time: '09:00' };
      setDate(current.date);
      setTime(current.time);
      move.reset();
      if (!dialog.open) dialog.showModal();
    } else if (dialog.open) dialog.close();
    // Runs when another meeting is chosen (or none): `move` and the window stay the same while it is open.
  }, [item]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!item || !date || !time) return;
    move.mutate(
      { organizationId: item.organizationId, start: localToIso(date, time) },
      {
        onSuccess: (updated) => {
          const moved = updated.items.find((entry) => entry.organizationId === item.organizationId);
          toast.show(
            t('moveDialog.moved', {
              name: item.organizationName,
              time: moved?.startAt ? formatDateTime(moved.startAt, i18n.language) : `${date} ${time}`,
            }),
          );
          onClose();
        },
      },
    );
  };

  return (
    <Dialog ref={ref} onClose={onClose} closeButton={t('common:close')} aria-labelledby="move-dialog-title">
      {item && (
        <form onSubmit={submit} className="form" noValidate>
          <Heading level={2} data-size="sm" id="move-dialog-title">
            {t('moveDialog.title', { name: item.organizationName })}
          </Heading>
          {item.startAt && (
            <Paragraph>
              {t('moveDialog.current', { time: formatDateTime(item.startAt, i18n.language) })}
            </Paragraph>
          )}
          <Paragraph data-size="sm">{t('moveDialog.hint')}</Paragraph>
          <Textfield
            label={t('moveDialog.date')}
            type="date"
            value={date}
            min={round.window.from}
            max={round.window.to}
            onChange={(event) => setDate(event.target.value)}
            required
          />
          <Textfield
            label={t('moveDialog.time')}
            type="time"
            step={300}
            value={time}
            onChange={(event) => setTime(event.target.value)}
            required
          />
          {move.isError && (
            <Alert data-color="danger" role="alert">
              <Heading level={3} data-size="2xs">
                {t('moveDialog.refused')}
              </Heading>
              <Paragraph>{errorText(move.error, t)}</Paragraph>
            </Alert>
          )}
          <div className="dialog-buttons">
            <Button type="submit" loading={move.isPending}>
              {t('moveDialog.submit')}
            </Button>
            <Button type="button" variant="secondary" onClick={onClose}>
              {t('moveDialog.cancel')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
