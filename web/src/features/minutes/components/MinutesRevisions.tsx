import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../shared/components/DateTime';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { useMinutesRevisions } from '../hooks/useMinutes';
import { changeText } from '../minutes-view';
import { RevisionTexts } from './RevisionTexts';

/**
 * Every revision of the minutes, newest first: what kind of change, when, by whom, what an edit changed (worded
 * here from the API's data; the other kinds say it in words) and any comment.
 */
export function MinutesRevisions({ meetingId }: { meetingId: string }) {
  const { t, i18n } = useTranslation('minutes');
  const revisions = useMinutesRevisions(meetingId);
  return (
    <section aria-labelledby="revisions-heading" className="section">
      <Heading level={2} data-size="sm" id="revisions-heading">
        {t('revisions')}
      </Heading>
      {revisions.isPending ? (
        <PageSkeleton rows={2} />
      ) : revisions.isError ? (
        <ErrorMessage error={revisions.error} onRetry={() => void revisions.refetch()} />
      ) : revisions.data.items.length === 0 ? (
        <Paragraph>{t('noRevisions')}</Paragraph>
      ) : (
        <ol className="history">
          {[...revisions.data.items].reverse().map((entry, index) => {
            const name = entry.authorName;
            return (
              <li key={`${entry.revision}-${entry.kind}-${index}`} className="history__entry">
                <Paragraph data-size="sm">
                  <strong>
                    {t('revisionLine', { revision: entry.revision, kind: t(`revisionKinds.${entry.kind}`) })}
                  </strong>
                  {', '}
                  <DateTime value={entry.createdAt} />
                  {name && ` ${t('revisionBy', { name })}`}
                </Paragraph>
                {entry.kind === 'edit' && entry.changes.length > 0 && (
                  <ul className="cell-list">
                    {entry.changes.map((change, changeIndex) => (
                      <li key={changeIndex}>{changeText(change, t, i18n.language)}</li>
                    ))}
                  </ul>
                )}
                {entry.kind === 'edit' && <RevisionTexts texts={entry.texts} />}
                {entry.comment && (
                  <Paragraph data-size="sm">
                    {t('commentLabel')} {entry.comment}
                  </Paragraph>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
