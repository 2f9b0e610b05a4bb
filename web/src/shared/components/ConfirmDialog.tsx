import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { type ReactNode, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../errors';

interface ConfirmDialogProps {
  /** The button that opens the dialog. */
  trigger: string;
  /** The opening button's accessible name when several on a page share the text (it starts with `trigger`). */
  triggerLabel?: string;
  title: string;
  /** What will happen, in words. */
  children: ReactNode;
  confirm: string;
  /** Runs the change; resolve to close the dialog. */
  onConfirm: () => Promise<unknown>;
  pending: boolean;
  error: unknown;
  danger?: boolean;
}

/** A button that asks first: a modal dialog saying what happens, with confirm and cancel. */
export function ConfirmDialog({
  trigger,
  triggerLabel,
  title,
  children,
  confirm,
  onConfirm,
  pending,
  error,
  danger = true,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const color = danger ? 'danger' : 'accent';
  return (
    <>
      <Button
        variant="secondary"
        data-color={color}
        aria-label={triggerLabel}
        onClick={() => dialog.current?.showModal()}
      >
        {trigger}
      </Button>
      <Dialog ref={dialog} closeButton={t('close')} aria-labelledby={headingId}>
        <Heading level={2} data-size="sm" id={headingId}>
          {title}
        </Heading>
        <Paragraph>{children}</Paragraph>
        {error ? (
          <Alert data-color="danger" role="alert">
            <Paragraph>{errorText(error, t)}</Paragraph>
          </Alert>
        ) : null}
        <div className="button-row">
          <Button
            data-color={color}
            loading={pending}
            onClick={() =>
              void onConfirm().then(
                () => dialog.current?.close(),
                () => undefined,
              )
            }
          >
            {confirm}
          </Button>
          <Button variant="secondary" onClick={() => dialog.current?.close()}>
            {t('cancel')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
