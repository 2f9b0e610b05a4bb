import { Alert, Button, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, type RefObject, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../errors';

interface ReasonDialogProps {
  /** The caller opens it with `ref.current?.showModal()` and closes it after a save. */
  dialogRef: RefObject<HTMLDialogElement | null>;
  heading: string;
  text?: string;
  label: string;
  description?: string;
  /** Shown under the field when it is sent empty. */
  missingText: string;
  confirmLabel: string;
  keepLabel: string;
  closeLabel: string;
  pending: boolean;
  /** The failed save's error, shown in words. */
  error: unknown;
  onConfirm: (reason: string) => void;
}

/**
 * A confirmation that needs a reason (cancel a meeting, decline a proposal): a modal dialog with the reason
 * field, which must not be empty, the failed save's message, and "confirm" / "keep" buttons.
 */
export function ReasonDialog({
  dialogRef,
  heading,
  text,
  label,
  description,
  missingText,
  confirmLabel,
  keepLabel,
  closeLabel,
  pending,
  error,
  onConfirm,
}: ReasonDialogProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    onConfirm(reason.trim());
  }

  return (
    <Dialog
      ref={dialogRef}
      closeButton={closeLabel}
      aria-labelledby={headingId}
      onClose={() => {
        setReason('');
        setMissing(false);
      }}
    >
      <form onSubmit={submit} className="form">
        <Heading level={2} data-size="sm" id={headingId}>
          {heading}
        </Heading>
        {text && <Paragraph>{text}</Paragraph>}
        <Textfield
          label={label}
          description={description}
          multiline
          rows={3}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setMissing(false);
          }}
          error={missing ? missingText : undefined}
        />
        {!!error && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{errorText(error, t)}</Paragraph>
          </Alert>
        )}
        <div className="button-row">
          <Button type="submit" data-color="danger" loading={pending}>
            {confirmLabel}
          </Button>
          <Button type="button" variant="secondary" onClick={() => dialogRef.current?.close()}>
            {keepLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
