import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { isApiError } from '../../../api/errors';
import { links } from '../../../app/links';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { NotFound } from '../../../shared/components/NotFound';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { formatDate, formatTimeRange } from '../../../shared/format';
import { usePageTitle } from '../../../shared/usePageTitle';
import { useMeeting } from '../hooks/useMeeting';
import type { Meeting } from '../hooks/useMeetings';

interface MeetingDocumentPageProps<T> {
  meetingId: string;
  /** The page's h1 ("Dagordning", "Protokoll"). */
  title: string;
  /** The document title with the meeting's name, once it is known. */
  pageTitle: (meetingTitle: string) => string;
  /** The document's own query (GET /api/meetings/:id/agenda, …/minutes). */
  document: UseQueryResult<T>;
  /** Links beside "to the meeting". */
  moreLinks?: ReactNode;
  children: (meeting: Meeting, document: T) => ReactNode;
}

/**
 * The frame of a page about one meeting's document (its agenda, its minutes): loads the meeting and the
 * document; "not found" when either answers 404 (another municipality's meeting), a skeleton while loading,
 * the error with a retry; then the h1, which meeting it is, and the way back to the meeting.
 */
export function MeetingDocumentPage<T>({
  meetingId,
  title,
  pageTitle,
  document,
  moreLinks,
  children,
}: MeetingDocumentPageProps<T>) {
  const { t, i18n } = useTranslation('meetings');
  const meeting = useMeeting(meetingId);
  usePageTitle(meeting.data ? pageTitle(meeting.data.title) : title);

  // Read every field of the document's query here, whatever the meeting's state: TanStack Query re-renders
  // the page that owns the query only for the fields read, and a field skipped on the first render (the
  // meeting still loading) would leave this frame with a stale, forever pending document.
  const { data: documentData, error: documentError, isPending, isError, refetch } = document;
  const failed = meeting.error ?? documentError;
  if (isApiError(failed, 404) || isApiError(failed, 400)) return <NotFound />;
  if (meeting.isPending || isPending) return <PageSkeleton rows={8} />;
  if (meeting.isError || isError) {
    return (
      <ErrorMessage
        error={failed}
        onRetry={() => {
          void meeting.refetch();
          void refetch();
        }}
      />
    );
  }
  const data = meeting.data;
  const lang = i18n.language;
  return (
    <>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph>
        {t('documentOf', {
          meeting: data.title,
          date: formatDate(data.startAt, lang),
          time: formatTimeRange(data.startAt, data.endAt, lang),
        })}
      </Paragraph>
      <ul className="link-list">
        <li>
          <Link asChild>
            <RouterLink to={links.meeting(data.id)}>{t('backToMeeting')}</RouterLink>
          </Link>
        </li>
        {moreLinks}
      </ul>
      {children(data, documentData)}
    </>
  );
}
