import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonDialog } from '../../../shared/components/ReasonDialog';
import { useToast } from '../../../shared/toast/ToastProvider';
import { useReopenMinutes } from '../hooks/useJustering';

/**
 * Locked minutes opened again by a keeper, with a reason (required): they become a draft, a new revision
 * that keeps the history, and go to the adjusters again once changed.
 */
export function ReopenMinutes({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('minutes');
  const toast = useToast();
  const reopen = useReopenMinutes(meetingId);
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <section aria-labelledby="reopen-heading" className="section">
      <Heading level={2} data-size="sm" id="reopen-heading">
        {t('justering.reopenHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('justering.reopenIntro')}</Paragraph>
      <Button
        variant="secondary"
        data-color="danger"
        onClick={() => {
          reopen.reset();
          dialog.current?.showModal();
        }}
      >
        {t('justering.reopen')}
      </Button>
      <ReasonDialog
        dialogRef={dialog}
        heading={t('justering.reopenDialogHeading')}
        text={t('justering.reopenDialogText')}
        label={t('justering.reopenReason')}
        missingText={t('justering.reopenReasonRequired')}
        confirmLabel={t('justering.reopenConfirm')}
        keepLabel={t('justering.keepLocked')}
        closeLabel={t('common:close')}
        pending={reopen.isPending}
        error={reopen.error}
        onConfirm={(reason) => {
          // Reopened minutes are edited, so this section goes: a promise, not mutate's callbacks, outlives it.
          void reopen.mutateAsync(reason).then(
            () => {
              dialog.current?.close();
              toast.show(t('justering.reopened'));
            },
            () => undefined, // shown in the dialog from reopen.error
          );
        }}
      />
    </section>
  );
}
