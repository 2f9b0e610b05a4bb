import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/errors';
import { useToast } from '../../../shared/toast/ToastProvider';
import type { Round } from '../hooks/useRound';
import { useConfirmRound } from '../hooks/useRoundMutations';

/**
 * "Bekräfta omgången" and its dialog, which says plainly that meetings are created and invitations sent
 * by email, and that it cannot be undone. A refusal (409, e.g. a meeting created since that collides) is
 * shown in the dialog in the service's words.
 */
export function ConfirmRound({ round }: { round: Round }) {
  const { t } = useTranslation('rounds');
  const toast = useToast();
  const ref = useRef<HTMLDialogElement>(null);
  const confirm = useConfirmRound(round);
  const placed = round.items.filter((item) => item.state === 'proposed').length;
  const unplaced = round.items.filter((item) => item.state === 'unplaced').length;

  const open = () => {
    confirm.reset();
    ref.current?.showModal();
  };
  const close = () => ref.current?.close();
  const submit = () =>
    confirm.mutate(undefined, {
      onSuccess: () => {
        close();
        toast.show(t('confirmDialog.confirmed', { name: round.name, count: placed }));
      },
    });

  return (
    <>
      <Button onClick={open} disabled={placed === 0}>
        {t('detail.confirm')}
      </Button>
      <Dialog ref={ref} closeButton={t('common:close')} aria-labelledby="confirm-dialog-title">
        <Heading level={2} data-size="sm" id="confirm-dialog-title">
          {t('confirmDialog.title')}
        </Heading>
        <Paragraph>{t('confirmDialog.text', { count: placed })}</Paragraph>
        {unplaced > 0 && <Paragraph>{t('confirmDialog.unplacedWarning', { count: unplaced })}</Paragraph>}
        <Paragraph>{t('confirmDialog.irreversible')}</Paragraph>
        {confirm.isError && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{errorText(confirm.error, t)}</Paragraph>
          </Alert>
        )}
        <div className="dialog-buttons">
          <Button onClick={submit} loading={confirm.isPending}>
            {t('confirmDialog.submit')}
          </Button>
          <Button variant="secondary" onClick={close}>
            {t('confirmDialog.cancel')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
