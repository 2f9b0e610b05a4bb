import {
  Alert,
  Button,
  Dialog,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, type RefObject, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/errors';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { useToast } from '../../../shared/toast/ToastProvider';
import { type SubstituteCandidate, useSendSubstitute, useSubstitutes } from '../hooks/useMeeting';

interface SubstituteDialogProps {
  meetingId: string;
  /** The caller opens it with `ref.current?.showModal()`; it closes itself after a send. */
  dialogRef: RefObject<HTMLDialogElement | null>;
  open: boolean;
  onClose: () => void;
}

/**
 * "Skicka ersättare": a colleague of the person's own organization goes in their place. The picker lists the
 * agreement's standing substitutes first, then the other colleagues; an optional message goes to the
 * organizer. The API decides who may be sent; its refusal is shown in words.
 */
export function SubstituteDialog({ meetingId, dialogRef, open, onClose }: SubstituteDialogProps) {
  const { t } = useTranslation('meetings');
  const toast = useToast();
  const headingId = useId();
  const candidates = useSubstitutes(meetingId, open);
  const send = useSendSubstitute(meetingId);
  const [personId, setPersonId] = useState('');
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);

  function reset() {
    setPersonId('');
    setComment('');
    setMissing(false);
    send.reset();
    onClose();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!personId) {
      setMissing(true);
      return;
    }
    send.mutate(
      { personId, ...(comment.trim() && { comment: comment.trim() }) },
      {
        onSuccess: (result) => {
          dialogRef.current?.close();
          toast.show(t('substitute.sent', { name: result.invitation.delegatedTo?.name ?? '' }));
        },
      },
    );
  }

  const items = candidates.data?.items ?? [];
  const standing = items.filter((candidate) => candidate.standing);
  const others = items.filter((candidate) => !candidate.standing);
  const option = (candidate: SubstituteCandidate) => (
    <Select.Option key={candidate.id} value={candidate.id}>
      {candidate.name}
    </Select.Option>
  );

  return (
    <Dialog ref={dialogRef} closeButton={t('close')} aria-labelledby={headingId} onClose={reset}>
      <form onSubmit={submit} className="form">
        <Heading level={2} data-size="sm" id={headingId}>
          {t('substitute.heading')}
        </Heading>
        <Paragraph>{t('substitute.intro')}</Paragraph>
        {candidates.isPending && open ? (
          <PageSkeleton rows={2} />
        ) : candidates.isError ? (
          <ErrorMessage error={candidates.error} onRetry={() => void candidates.refetch()} />
        ) : items.length === 0 ? (
          <Paragraph>{t('substitute.none')}</Paragraph>
        ) : (
          <>
            <Field>
              <Label>{t('substitute.person')}</Label>
              <Select
                value={personId}
                required
                aria-invalid={missing || undefined}
                onChange={(e) => {
                  setPersonId(e.target.value);
                  setMissing(false);
                }}
              >
                <Select.Option value="">{t('substitute.choose')}</Select.Option>
                {standing.length > 0 ? (
                  <>
                    <Select.Optgroup label={t('substitute.standing')}>{standing.map(option)}</Select.Optgroup>
                    {others.length > 0 && (
                      <Select.Optgroup label={t('substitute.colleagues')}>
                        {others.map(option)}
                      </Select.Optgroup>
                    )}
                  </>
                ) : (
                  others.map(option)
                )}
              </Select>
              {missing && <ValidationMessage>{t('substitute.missing')}</ValidationMessage>}
            </Field>
            <Textfield
              label={t('substitute.comment')}
              multiline
              rows={3}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
          </>
        )}
        {send.isError && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{errorText(send.error, t)}</Paragraph>
          </Alert>
        )}
        <div className="button-row">
          {items.length > 0 && (
            <Button type="submit" loading={send.isPending}>
              {t('substitute.send')}
            </Button>
          )}
          <Button type="button" variant="secondary" onClick={() => dialogRef.current?.close()}>
            {t('substitute.cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
