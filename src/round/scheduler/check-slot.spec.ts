import { checkSlot, moveMeeting } from './check-slot.js';
import { planRound } from './planner.js';
import {
  digitalMunicipality,
  meetingOf,
  proposalOf,
  roundInput,
  vasterbottenMunicipality,
} from './scheduler-test-fixtures.js';
import type { SchedulerInput } from './scheduler.types.js';
import { validateProposal } from './validate-proposal.js';

// Two weeks in September 2026 (summer time, +02:00). Vännäs and Bjurholm blocked apart so they get own trips.
const input: SchedulerInput = roundInput({
  window: { firstDate: '2026-09-07', lastDate: '2026-09-18' },
  municipalities: [
    vasterbottenMunicipality('2460', {
      participants: ['kommun-vannas'],
      blockedDates: ['2026-09-14', '2026-09-15', '2026-09-16', '2026-09-17', '2026-09-18'],
    }),
    vasterbottenMunicipality('2403', {
      blockedDates: ['2026-09-07', '2026-09-08', '2026-09-09', '2026-09-10', '2026-09-11'],
    }),
    vasterbottenMunicipality('2481', { mode: 'hybrid' }),
    digitalMunicipality('d1', { participants: ['kommun-d1'], blockedDates: ['2026-09-10'] }),
  ],
  busy: [
    {
      personIds: ['kommun-d1'],
      start: '2026-09-09T09:00:00+02:00',
      end: '2026-09-09T12:00:00+02:00',
      label: 'council',
    },
  ],
});
const proposal = proposalOf(planRound(input));

describe('checkSlot and moveMeeting', () => {
  it('starts from a valid proposal with separate trips', () => {
    expect(validateProposal(input, proposal)).toEqual([]);
    expect(meetingOf(proposal, '2460').tripId).not.toBe(meetingOf(proposal, '2403').tripId);
  });

  it('accepts a free slot and returns the moved proposal, still valid', () => {
    const result = moveMeeting(input, proposal, 'd1', '2026-09-08T13:00:00+02:00');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.check).toEqual({ ok: true, violations: [], attendance: 'remote', tripId: null });
    expect(meetingOf(result.proposal, 'd1')).toMatchObject({
      start: '2026-09-08T11:00:00Z',
      localDate: '2026-09-08',
      localStart: '13:00',
      localEnd: '14:00',
      reasons: [
        expect.objectContaining({ code: 'MANUAL_MOVE' }),
        expect.objectContaining({ code: 'DIGITAL' }),
      ],
    });
    expect(validateProposal(input, result.proposal)).toEqual([]);
  });

  it('refuses weekends, holidays, blocked dates and hours outside the working day, with reasons', () => {
    const codes = (start: string) =>
      checkSlot(input, proposal, 'd1', start).violations.map((violation) => violation.code);
    expect(codes('2026-09-12T10:00:00+02:00')).toEqual(['WEEKEND']);
    // 10 September is blocked, and the team is also on the road to Lycksele then.
    expect(codes('2026-09-10T10:00:00+02:00')).toEqual(
      expect.arrayContaining(['BLOCKED_DATES', 'PERSON_BUSY']),
    );
    expect(codes('2026-09-08T15:30:00+02:00')).toEqual(['OUTSIDE_WORKING_HOURS']);
    expect(codes('2026-09-21T10:00:00+02:00')).toEqual(['OUTSIDE_WINDOW']);
    const check = checkSlot(input, proposal, 'd1', '2026-09-12T10:00:00+02:00');
    expect(check).toMatchObject({
      ok: false,
      violations: [{ message: expect.stringContaining('Saturday') }],
    });
  });

  it('refuses a slot where a participant is busy', () => {
    const check = checkSlot(input, proposal, 'd1', '2026-09-09T10:00:00+02:00');
    expect(check.violations).toEqual([
      expect.objectContaining({
        code: 'PERSON_BUSY',
        params: expect.objectContaining({ personId: 'kommun-d1' }),
      }),
    ]);
  });

  it('refuses a slot that would overlap the team on the road', () => {
    const vannas = meetingOf(proposal, '2460');
    const check = checkSlot(input, proposal, 'd1', vannas.start);
    expect(check.ok).toBe(false);
    expect(check.violations.map((violation) => violation.code)).toContain('PERSON_BUSY');
  });

  it('lets an on-site meeting join the trip already on that day when the drive fits', () => {
    // Bjurholm's calendar opened up after planning: it may now be visited on the day of the Vännäs trip.
    const opened = {
      ...input,
      municipalities: input.municipalities.map((m) => (m.id === '2403' ? { ...m, blockedDates: [] } : m)),
    };
    const vannas = meetingOf(proposal, '2460');
    const later = new Date(Date.parse(vannas.end) + 60 * 60_000).toISOString().replace('.000', '');
    const result = moveMeeting(opened, proposal, '2403', later);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.check).toMatchObject({ attendance: 'onsite', tripId: vannas.tripId });
    const trip = result.proposal.trips.find((candidate) => candidate.id === vannas.tripId);
    expect(trip?.stops).toEqual(['2460', '2403']);
    expect(meetingOf(result.proposal, '2460').reasons[0]).toMatchObject({ code: 'CHAINED_WITH' });
    expect(result.proposal.trips).toHaveLength(proposal.trips.length - 1);
    expect(result.proposal.totals.travelMinutes).toBeLessThan(proposal.totals.travelMinutes);
    expect(validateProposal(opened, result.proposal)).toEqual([]);
    // Without chaining the same move needs a trip of its own, which would overlap the Vännäs trip.
    const apart = { ...opened, config: { allowChaining: false } };
    expect(checkSlot(apart, proposal, '2403', later).violations.map((violation) => violation.code)).toContain(
      'PERSON_BUSY',
    );
  });

  it('refuses joining a trip without time for the drive between the seats', () => {
    const opened = {
      ...input,
      municipalities: input.municipalities.map((m) => (m.id === '2403' ? { ...m, blockedDates: [] } : m)),
    };
    const vannas = meetingOf(proposal, '2460');
    const check = checkSlot(opened, proposal, '2403', vannas.end);
    expect(check.ok).toBe(false);
    expect(check.violations.map((violation) => violation.code)).toEqual(
      expect.arrayContaining([expect.stringMatching(/TRAVEL_TIME_INSUFFICIENT|PERSON_BUSY/)]),
    );
  });

  it('refuses a move that breaks the daily limit', () => {
    const strict = { ...input, config: { maxMeetingsPerDay: 1 } };
    const plan = proposalOf(planRound(strict));
    const other =
      plan.meetings.find((meeting) => meeting.municipalityId !== 'd1' && meeting.attendance === 'remote') ??
      plan.meetings[0];
    const date = other.localDate;
    const check = checkSlot(strict, plan, 'd1', `${date}T15:00:00+02:00`);
    expect(check.violations.map((violation) => violation.code)).toContain('DAILY_LIMIT');
  });

  it('lets a hybrid meeting that cannot travel in time be attended remotely', () => {
    // Lycksele is 144 min away: a 09:00 meeting cannot be reached inside the working day.
    const result = moveMeeting(input, proposal, '2481', '2026-09-16T09:00:00+02:00');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.check.attendance).toBe('remote');
    expect(meetingOf(result.proposal, '2481').reasons.map((reason) => reason.code)).toEqual([
      'MANUAL_MOVE',
      'HYBRID_JOINED_REMOTELY',
    ]);
  });

  it('refuses an on-site meeting that cannot be reached in time', () => {
    const onsite = {
      ...input,
      municipalities: input.municipalities.map((m) =>
        m.id === '2481' ? { ...m, mode: 'onsite' as const } : m,
      ),
    };
    const plan = proposalOf(planRound(onsite));
    const check = checkSlot(onsite, plan, '2481', '2026-09-16T09:00:00+02:00');
    expect(check.violations.map((violation) => violation.code)).toContain('TRAVEL_EXCEEDS_DAY');
  });

  it('refuses unknown municipalities and starts without an offset', () => {
    expect(checkSlot(input, proposal, 'nope', '2026-09-08T10:00:00Z').violations[0].code).toBe(
      'UNKNOWN_MUNICIPALITY',
    );
    expect(checkSlot(input, proposal, 'd1', '2026-09-08T10:00:00').violations[0].code).toBe('INVALID_INPUT');
  });
});
