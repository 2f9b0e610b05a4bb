import type { Meeting } from '../../meetings/hooks/useMeetings';
import type { Minutes } from '../hooks/useMinutes';
import { MinutesReview } from './MinutesReview';

/**
 * The justering part of the minutes page, below the minutes (read or written): today the latest submission
 * and each adjuster's decision. The place for submitting to the adjusters, lock, reopen and the PDF preview
 * (issue 15, part 2): `keeper` says whether the signed-in person keeps the minutes.
 */
export function MinutesJustering({ minutes }: { meeting: Meeting; minutes: Minutes; keeper: boolean }) {
  return <MinutesReview review={minutes.review} />;
}
