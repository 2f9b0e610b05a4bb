import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { errorText } from '../errors';

/**
 * The end of a dialog's form: a failed save's refusal in words (the API's message, else the code's text),
 * then the submit button (busy while saving) and cancel.
 */
export function FormFooter({
  error,
  pending,
  submitLabel,
  cancelLabel,
  onCancel,
  t,
}: {
  /** The save's error, or null while it has not failed. */
  error: unknown;
  pending: boolean;
  submitLabel: string;
  cancelLabel: string;
  onCancel: () => void;
  t: TFunction;
}) {
  return (
    <>
      {error != null && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{errorText(error, t)}</Paragraph>
        </Alert>
      )}
      <div className="button-row">
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {cancelLabel}
        </Button>
      </div>
    </>
  );
}
