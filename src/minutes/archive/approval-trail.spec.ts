import { approvalTrail } from './approval-trail';
import type { TrailRows } from './archive-package.repository';

const at = (time: string) => new Date(`2026-12-01T${time}Z`);

describe('the approval trail of a package', () => {
  it('orders submissions, decisions, locks and reopenings by time; a lock follows the approval that locked it', () => {
    const rows = {
      reviews: [
        { id: 'r1', number: 1, submittedBy: 'sara', submittedAt: at('09:00:00') },
        { id: 'r2', number: 2, submittedBy: 'sara', submittedAt: at('12:00:00') },
      ],
      adjusters: [
        {
          id: 'a1',
          reviewId: 'r1',
          personId: 'rolf',
          party: 'region',
          decision: 'approved',
          decidedAt: at('10:00:00'),
          comment: null,
        },
        // The lock's row carries its transaction's start, a moment before this approval.
        {
          id: 'a2',
          reviewId: 'r1',
          personId: 'asa',
          party: 'municipality',
          decision: 'approved',
          decidedAt: at('11:00:00.400'),
          comment: 'OK',
        },
        {
          id: 'a3',
          reviewId: 'r2',
          personId: 'asa',
          party: 'municipality',
          decision: null,
          decidedAt: null,
          comment: null,
        },
      ],
      steps: [
        {
          id: 's1',
          kind: 'lock',
          actorId: 'asa',
          createdAt: at('11:00:00.100'),
          changes: [{ kind: 'locked', review: 1 }],
          comment: null,
        },
        {
          id: 's2',
          kind: 'reopen',
          actorId: 'sara',
          createdAt: at('11:30:00'),
          changes: [],
          comment: 'Fel datum',
        },
      ],
    } as unknown as TrailRows;
    const names = new Map([
      ['sara', 'Sara'],
      ['rolf', 'Rolf'],
      ['asa', 'Åsa'],
    ]);
    const trail = approvalTrail(rows, names);
    expect(trail.map((event) => [event.kind, event.actor?.name, event.review])).toEqual([
      ['submitted', 'Sara', 1],
      ['approved', 'Rolf', 1],
      ['approved', 'Åsa', 1],
      ['locked', 'Åsa', 1],
      ['reopened', 'Sara', null],
      ['submitted', 'Sara', 2],
    ]);
    expect(trail[3].at).toEqual(at('11:00:00.400'));
    expect(trail[4].comment).toBe('Fel datum');
    expect(trail[2]).toMatchObject({ party: 'municipality', comment: 'OK' });
  });
});
