import { useMe } from '../../auth/hooks/useMe';
import type { Meeting } from '../../meetings/hooks/useMeetings';
import type { Minutes } from '../hooks/useMinutes';
import { isWritable } from '../minutes-edit';
import { undecidedAdjuster } from '../justering';
import { AdjusterDecision } from './AdjusterDecision';
import { MinutesReview } from './MinutesReview';
import { ReopenMinutes } from './ReopenMinutes';
import { SubmitForJustering } from './SubmitForJustering';

/**
 * The justering part of the minutes page, below the minutes (read or written): the latest submission and
 * each adjuster's state; for a keeper (`keeper`) the form to submit (again, after a return) while the
 * minutes may change, and reopening once they are locked (the last approval locks them); for an adjuster
 * who has not decided, approve or return. `unsaved`: edits still only in this browser (no submit until 0).
 */
export function MinutesJustering({
  meeting,
  minutes,
  keeper,
  unsaved = 0,
}: {
  meeting: Meeting;
  minutes: Minutes;
  keeper: boolean;
  unsaved?: number;
}) {
  const me = useMe().data;
  return (
    <>
      {minutes.review && <MinutesReview review={minutes.review} />}
      {undecidedAdjuster(minutes.review, me?.id) && minutes.review && (
        <AdjusterDecision meetingId={meeting.id} review={minutes.review} />
      )}
      {keeper && isWritable(minutes.status) && (
        <SubmitForJustering meeting={meeting} minutes={minutes} unsaved={unsaved} />
      )}
      {keeper && minutes.status === 'locked' && <ReopenMinutes meetingId={meeting.id} />}
      {!minutes.review && !keeper && <MinutesReview review={null} />}
    </>
  );
}
