import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../errors';
import { useToast } from '../toast/ToastProvider';

/**
 * "Change the status or comment" of a record (an action, a question): a new status, a comment, or both;
 * nothing chosen says so instead of sending. Texts from the namespace `ns` (`changeHeading`, `newStatus`,
 * `status.*`, `comment`, `nothingToSave`, `save`, `statusSaved`, `commentSaved`); `save` sends the change
 * and calls `done` once saved.
 */
export function StatusCommentForm<S extends string>({
  ns,
  statuses,
  current,
  save,
  pending,
  error,
}: {
  ns: string;
  statuses: readonly S[];
  current: S;
  save: (change: { status?: S; comment?: string }, done: () => void) => void;
  pending: boolean;
  error: unknown;
}) {
  const { t } = useTranslation(ns);
  const toast = useToast();
  const [status, setStatus] = useState<S>(current);
  const [comment, setComment] = useState('');
  const [nothing, setNothing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const text = comment.trim();
    if (status === current && !text) {
      setNothing(true);
      return;
    }
    save({ ...(status !== current && { status }), ...(text && { comment: text }) }, () => {
      setComment('');
      toast.show(
        status !== current ? t('statusSaved', { status: t(`status.${status}`) }) : t('commentSaved'),
      );
    });
  }

  return (
    <section aria-labelledby="change-heading" className="section">
      <Heading level={2} data-size="sm" id="change-heading">
        {t('changeHeading')}
      </Heading>
      <form onSubmit={submit} className="form narrow">
        <Field>
          <Label>{t('newStatus')}</Label>
          <Select
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as S);
              setNothing(false);
            }}
          >
            {statuses.map((s) => (
              <Select.Option key={s} value={s}>
                {t(`status.${s}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          label={t('comment')}
          multiline
          rows={3}
          value={comment}
          onChange={(e) => {
            setComment(e.target.value);
            setNothing(false);
          }}
          error={nothing ? t('nothingToSave') : undefined}
        />
        {!!error && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{errorText(error, t)}</Paragraph>
          </Alert>
        )}
        <Button type="submit" loading={pending}>
          {t('save')}
        </Button>
      </form>
    </section>
  );
}
