import { Link as RouterLink } from 'react-router';
import { links } from '../../app/links';
import { DateTime } from './DateTime';

/** A meeting's start as a link to its page, or the given text when there is no meeting. */
export function MeetingDateLink({
  meeting,
  none,
}: {
  meeting: { meetingId: string; startAt: string } | null;
  none: string;
}) {
  if (!meeting) return <>{none}</>;
  return (
    <RouterLink to={links.meeting(meeting.meetingId)}>
      <DateTime value={meeting.startAt} />
    </RouterLink>
  );
}
