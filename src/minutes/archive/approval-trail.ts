import type { TrailEvent } from './package/package-content.js';
import type { TrailRows } from './archive-package.repository.js';

const ORDER: Record<TrailEvent['kind'], number> = {
  submitted: 0,
  approved: 1,
  returned: 1,
  locked: 2,
  reopened: 3,
};

/**
 * The approval trail from its rows: each submission (its review), each adjuster's approval or return (with
 * party and comment), each lock and each reopening (with its reason), in the order they happened. Steps of
 * one transaction share a time (the last approval and the lock): the order of kinds breaks the tie.
 */
export function approvalTrail(rows: TrailRows, names: ReadonlyMap<string, string>): TrailEvent[] {
  const actor = (id: string | null) => (id ? { id, name: names.get(id) ?? null } : null);
  const reviewNumbers = new Map(rows.reviews.map((review) => [review.id, review.number]));
  // A lock's row has its transaction's start time, before the approval that locked: it happened at that approval.
  const lastDecision = new Map<number, number>();
  for (const adjuster of rows.adjusters) {
    const review = reviewNumbers.get(adjuster.reviewId);
    if (review === undefined || !adjuster.decidedAt) continue;
    lastDecision.set(review, Math.max(lastDecision.get(review) ?? 0, adjuster.decidedAt.getTime()));
  }
  const lockTime = (at: Date, review: number | null) =>
    new Date(Math.max(at.getTime(), review === null ? 0 : (lastDecision.get(review) ?? 0)));
  const events: TrailEvent[] = [
    ...rows.reviews.map((review) => ({
      id: `review-${review.id}`,
      kind: 'submitted' as const,
      at: review.submittedAt,
      actor: actor(review.submittedBy),
      party: null,
      review: review.number,
      comment: null,
    })),
    ...rows.adjusters
      .filter((adjuster) => adjuster.decision !== null && adjuster.decidedAt !== null)
      .map((adjuster) => ({
        id: `adjuster-${adjuster.id}`,
        kind: adjuster.decision === 'approved' ? ('approved' as const) : ('returned' as const),
        at: adjuster.decidedAt!,
        actor: actor(adjuster.personId),
        party: adjuster.party,
        review: reviewNumbers.get(adjuster.reviewId) ?? null,
        comment: adjuster.comment,
      })),
    ...rows.steps
      .filter((step) => step.kind === 'lock' || step.kind === 'reopen')
      .map((step) => {
        const review = step.kind === 'lock' ? reviewOfLock(step.changes) : null;
        return {
          id: `revision-${step.id}`,
          kind: step.kind === 'lock' ? ('locked' as const) : ('reopened' as const),
          at: step.kind === 'lock' ? lockTime(step.createdAt, review) : step.createdAt,
          actor: actor(step.actorId),
          party: null,
          review,
          comment: step.comment,
        };
      }),
  ];
  return events.sort((a, b) => a.at.getTime() - b.at.getTime() || ORDER[a.kind] - ORDER[b.kind]);
}

function reviewOfLock(changes: unknown[]): number | null {
  for (const change of changes) {
    if (
      typeof change === 'object' &&
      change !== null &&
      'review' in change &&
      typeof change.review === 'number'
    ) {
      return change.review;
    }
  }
  return null;
}
