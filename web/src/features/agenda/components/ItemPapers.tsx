import { Alert, Button, Heading, Label, Paragraph } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { errorText } from '../../../shared/errors';
import { formatDateTime } from '../../../shared/format';
import { useToast } from '../../../shared/toast/ToastProvider';
import { useMe } from '../../auth/hooks/useMe';
import { useMeeting } from '../../meetings/hooks/useMeeting';
import { keepsAgenda } from '../agenda-view';
import { type Agenda, type AgendaItem, useAgenda } from '../hooks/useAgenda';
import { type Paper, useDeletePaper, useUploadPaper } from '../hooks/usePapers';

/** "820 byte", "14 kB", "1,2 MB": as the agenda email words a file's size. */
export function fileSize(bytes: number, language: string): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: digits }).format(
      value,
    );
  if (bytes < 1024) return `${number(bytes, 0)} ${language === 'en' ? 'bytes' : 'byte'}`;
  if (bytes < 1024 * 1024) return `${number(Math.round(bytes / 1024), 0)} kB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}

/**
 * An item's papers (handlingar): each a link that downloads it, with size and who added it; for those the
 * API lets (the agenda's keepers; the proposer of an undecided proposal, for it), a file field to add one
 * (progress and errors in words) and a button to remove one. It reads the agenda, the meeting and the
 * signed-in person from the queries the page already made, so it mounts with the item alone.
 */
export function ItemPapers({ item }: { item: AgendaItem }) {
  const { t, i18n } = useTranslation('agenda');
  const headingId = useId();
  const me = useMe().data;
  const meeting = useMeeting(item.meetingId).data;
  const limits = useAgenda(item.meetingId).data?.paperUpload;
  const keeper = !!me && !!meeting && meeting.status !== 'cancelled' && keepsAgenda(me, meeting);
  const ownProposal = !!me && item.status === 'proposed' && item.proposedBy === me.id;
  const mayUpload = !!limits && (keeper || ownProposal);
  const mayDelete = (paper: Paper) => keeper || (ownProposal && paper.uploadedBy?.id === me?.id);
  if (item.papers.length === 0 && !mayUpload) return null;
  return (
    <section aria-labelledby={headingId} className="item-papers">
      <Heading level={4} data-size="2xs" id={headingId}>
        {t('papers.heading')}
      </Heading>
      {item.papers.length === 0 ? (
        <Paragraph data-size="sm">{t('papers.none')}</Paragraph>
      ) : (
        <ul className="cell-list">
          {item.papers.map((paper) => (
            <li key={paper.id} className="paper-row">
              <a href={paper.url} download={paper.name}>
                {paper.name}
              </a>{' '}
              <span className="muted">
                {t('papers.facts', {
                  size: fileSize(paper.sizeBytes, i18n.language),
                  time: formatDateTime(paper.uploadedAt, i18n.language),
                  name: paper.uploadedBy?.name ?? t('papers.someone'),
                })}
              </span>
              {mayDelete(paper) && <DeletePaper meetingId={item.meetingId} paper={paper} />}
            </li>
          ))}
        </ul>
      )}
      {mayUpload && <UploadPaper item={item} limits={limits} />}
    </section>
  );
}

function DeletePaper({ meetingId, paper }: { meetingId: string; paper: Paper }) {
  const { t } = useTranslation('agenda');
  const toast = useToast();
  const remove = useDeletePaper(meetingId);
  return (
    <ConfirmDialog
      trigger={t('papers.delete')}
      triggerLabel={t('papers.deleteLabel', { name: paper.name })}
      title={t('papers.deleteTitle')}
      confirm={t('papers.deleteConfirm')}
      pending={remove.isPending}
      error={remove.error}
      onConfirm={async () => {
        await remove.mutateAsync(paper.id);
        toast.show(t('papers.deleted', { name: paper.name }));
      }}
    >
      {t('papers.deleteText', { name: paper.name })}
    </ConfirmDialog>
  );
}

function UploadPaper({ item, limits }: { item: AgendaItem; limits: Agenda['paperUpload'] }) {
  const { t, i18n } = useTranslation('agenda');
  const toast = useToast();
  const upload = useUploadPaper(item.meetingId);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const hintId = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const maxSize = fileSize(limits.maxBytes, i18n.language);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    setProblem(null);
    if (!file) return setProblem(t('papers.chooseFirst'));
    // Said at once instead of after sending megabytes the service would refuse.
    if (file.size > limits.maxBytes) return setProblem(t('papers.tooLarge', { max: maxSize }));
    setProgress(0);
    try {
      const paper = await upload.mutateAsync({ itemId: item.id, file, onProgress: setProgress });
      toast.show(t('papers.uploaded', { name: paper.name }));
      if (input.current) input.current.value = '';
    } catch (error) {
      setProblem(errorText(error, t));
    } finally {
      setProgress(null);
    }
  };

  return (
    <form className="paper-upload" onSubmit={(event) => void submit(event)} noValidate>
      <Label htmlFor={inputId}>{t('papers.choose', { title: item.title })}</Label>
      <Paragraph data-size="sm" id={hintId}>
        {t('papers.hint', { max: maxSize })}
      </Paragraph>
      <input
        ref={input}
        id={inputId}
        type="file"
        className="ds-input paper-input"
        accept={limits.extensions.map((extension) => `.${extension}`).join(',')}
        aria-describedby={hintId}
        onChange={() => setProblem(null)}
      />
      <div className="button-row">
        <Button type="submit" variant="secondary" loading={progress !== null}>
          {t('papers.upload')}
        </Button>
      </div>
      {progress !== null && (
        <div className="paper-progress">
          <progress max={100} value={progress} aria-label={t('papers.progressLabel')} />
          <Paragraph data-size="sm" role="status">
            {t('papers.progress', { percent: progress })}
          </Paragraph>
        </div>
      )}
      {problem && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      )}
    </form>
  );
}
