import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/errors';
import { useToast } from '../../../shared/toast/ToastProvider';
import type { Round } from '../hooks/useRound';
import { useProposeRound } from '../hooks/useRoundMutations';

/**
 * "Skicka som förslag till kommunerna" and its dialog: each municipality's contacts get the proposed time
 * by email with a link to accept it or ask for another; nothing is booked until the round is confirmed.
 */
export function ProposeRound({ round }: { round: Round }) {
  const { t } = useTranslation('rounds');
  const toast = useToast();
  const ref = useRef<HTMLDialogElement>(null);
  const propose = useProposeRound(round);
  const placed = round.items.filter((item) => item.state === 'proposed').length;

  const open = () => {
    propose.reset();
    ref.current?.showModal();
  };
  const close = () => ref.current?.close();
  const submit = () =>
    propose.mutate(undefined, {
      onSuccess: () => {
        close();
        toast.show(t('proposeDialog.sent', { name: round.name }));
      },
    });

  return (
    <>
      <Button variant="secondary" onClick={open} disabled={placed === 0}>
        {t('detail.propose')}
      </Button>
      <Dialog ref={ref} closeButton={t('common:close')} aria-labelledby="propose-dialog-title">
        <Heading level={2} data-size="sm" id="propose-dialog-title">
          {t('proposeDialog.title')}
        </Heading>
        <Paragraph>{t('proposeDialog.text', { count: placed })}</Paragraph>
        <Paragraph>{t('proposeDialog.notBinding')}</Paragraph>
        {propose.isError && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{errorText(propose.error, t)}</Paragraph>
          </Alert>
        )}
        <div className="dialog-buttons">
          <Button onClick={submit} loading={propose.isPending}>
            {t('proposeDialog.submit')}
          </Button>
          <Button variant="secondary" onClick={close}>
            {t('proposeDialog.cancel')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
