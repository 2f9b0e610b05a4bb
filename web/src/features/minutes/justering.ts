import { TIME_ZONE } from '../../shared/format';
import type { AdjusterOptions } from './hooks/useJustering';
import type { Minutes } from './hooks/useMinutes';

type Review = NonNullable<Minutes['review']>;
type ReviewAdjuster = Review['adjusters'][number];

/**
 * The adjusters the submit form starts from, one per party: the agreement's, or none chosen where the
 * agreement names no one (the secretary chooses).
 */
export function initialAdjusters(options: AdjusterOptions): string[] {
  return [options.defaults.region ?? '', options.defaults.municipality ?? ''];
}

/** Which of the form's fields an error of POST …/minutes/submit is about (null: the form as a whole). */
export function submitErrorField(code: string): 'adjusters' | 'deadline' | null {
  if (code === 'MINUTES_ADJUSTERS_REQUIRED' || code === 'MINUTES_INVALID_ADJUSTER') return 'adjusters';
  if (code === 'MINUTES_INVALID_DEADLINE') return 'deadline';
  return null;
}

/** Today in Stockholm as YYYY-MM-DD (the earliest deadline the date field offers). */
export function stockholmToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** An adjuster's state in words: waiting, approved, returned, or no decision once the review ended. */
export type AdjusterState = 'pending' | 'approved' | 'returned' | 'undecided';

export function adjusterState(
  review: Pick<Review, 'status'>,
  adjuster: Pick<ReviewAdjuster, 'decision'>,
): AdjusterState {
  return adjuster.decision ?? (review.status === 'open' ? 'pending' : 'undecided');
}

/**
 * The reminder of an adjuster: sent (when), due (when, while the review is open and they have not
 * decided), or none (decided, or the review is over).
 */
export function reminderState(
  review: Pick<Review, 'status'>,
  adjuster: Pick<ReviewAdjuster, 'decision' | 'reminderAt' | 'remindedAt'>,
): { kind: 'sent' | 'due'; at: string } | null {
  if (adjuster.remindedAt) return { kind: 'sent', at: adjuster.remindedAt };
  if (review.status !== 'open' || adjuster.decision !== null) return null;
  return { kind: 'due', at: adjuster.reminderAt };
}

/** The comments of the adjusters who returned the minutes in this review. */
export function returnComments(review: Minutes['review']): Array<{ name: string | null; comment: string }> {
  if (!review) return [];
  return review.adjusters.flatMap((adjuster) =>
    adjuster.decision === 'returned' && adjuster.comment
      ? [{ name: adjuster.name, comment: adjuster.comment }]
      : [],
  );
}

/** The signed-in person's own place among the adjusters of an open review, while they have not decided. */
export function undecidedAdjuster(review: Minutes['review'], personId: string | undefined): boolean {
  return (
    !!review &&
    !!personId &&
    review.status === 'open' &&
    review.adjusters.some((adjuster) => adjuster.personId === personId && adjuster.decision === null)
  );
}
