import { planRound } from './planner.js';
import {
  digitalMunicipality,
  meetingOf,
  proposalOf,
  roundInput,
  vasterbottenMunicipality,
} from './scheduler-test-fixtures.js';
import type { Proposal, ProposedMeeting, SchedulerInput } from './scheduler.types.js';
import { validateProposal } from './validate-proposal.js';

const input: SchedulerInput = roundInput({
  window: { firstDate: '2026-09-07', lastDate: '2026-09-18' },
  municipalities: [
    vasterbottenMunicipality('2460', { participants: ['kommun-vannas'] }),
    vasterbottenMunicipality('2403'),
    digitalMunicipality('d1', { participants: ['kommun-d1'], blockedDates: ['2026-09-14'] }),
    digitalMunicipality('d2', { lastMeetingEnd: '2026-09-01T12:00:00Z' }),
  ],
  config: { minGapDays: 7 },
});
const valid = proposalOf(planRound(input));

/** A copy of the valid proposal with one meeting replaced. */
function withMeeting(id: string, change: (meeting: ProposedMeeting) => Partial<ProposedMeeting>): Proposal {
  return {
    ...valid,
    meetings: valid.meetings.map((meeting) =>
      meeting.municipalityId === id ? { ...meeting, ...change(meeting) } : meeting,
    ),
  };
}

/** Moves a remote meeting to a local date and time (Stockholm summer time, +02:00). */
function at(date: string, time: string, minutes = 60): Partial<ProposedMeeting> {
  const start = new Date(`${date}T${time}:00+02:00`);
  const end = new Date(start.getTime() + minutes * 60_000);
  const hhmm = (d: Date) => new Date(d.getTime() + 2 * 3600_000).toISOString().slice(11, 16);
  return {
    start: start.toISOString().replace('.000', ''),
    end: end.toISOString().replace('.000', ''),
    localDate: date,
    localStart: time,
    localEnd: hhmm(end),
  };
}

const codes = (proposal: Proposal) => validateProposal(input, proposal).map((violation) => violation.code);

describe('validateProposal', () => {
  it('finds nothing wrong with what the planner proposes', () => {
    expect(validateProposal(input, valid)).toEqual([]);
    expect(valid.trips).toHaveLength(1);
  });

  it('catches a meeting on a weekend, a holiday, outside the window or outside working hours', () => {
    const used = new Set(valid.meetings.map((meeting) => meeting.localDate));
    const free =
      ['2026-09-08', '2026-09-09', '2026-09-10', '2026-09-15', '2026-09-16'].find(
        (date) => !used.has(date),
      ) ?? '';
    expect(codes(withMeeting('d1', () => at('2026-09-12', '10:00')))).toEqual(['WEEKEND']);
    expect(codes(withMeeting('d1', () => at('2026-06-19', '10:00')))).toEqual(['HOLIDAY', 'OUTSIDE_WINDOW']);
    expect(codes(withMeeting('d1', () => at(free, '15:30')))).toEqual(['OUTSIDE_WORKING_HOURS']);
    expect(codes(withMeeting('d1', () => at(free, '08:30')))).toEqual(['OUTSIDE_WORKING_HOURS']);
    expect(codes(withMeeting('d1', () => at(free, '10:00')))).toEqual([]);
  });

  it('catches blocked dates, the minimum gap and a wrong duration', () => {
    expect(codes(withMeeting('d1', () => at('2026-09-14', '10:00')))).toEqual(['BLOCKED_DATES']);
    expect(codes(withMeeting('d2', () => at('2026-09-07', '14:00')))).toEqual(['MIN_GAP']);
    expect(codes(withMeeting('d1', () => at('2026-09-15', '10:00', 45)))).toEqual(['WRONG_DURATION']);
  });

  it('catches local fields that disagree with the instants (a DST slip)', () => {
    const d1 = meetingOf(valid, 'd1');
    expect(
      codes(withMeeting('d1', () => ({ localStart: d1.localStart === '09:00' ? '10:00' : '09:00' }))),
    ).toEqual(['INCONSISTENT_PROPOSAL']);
  });

  it('catches double bookings of the team and of a participant', () => {
    const trip = valid.trips[0];
    const clash = new Date(Date.parse(trip.departure) + 10 * 60_000).toISOString().replace('.000', '');
    const local = meetingOf(valid, trip.stops[0]).localDate;
    const moved = withMeeting('d1', () => ({
      start: clash,
      end: new Date(Date.parse(clash) + 3600_000).toISOString().replace('.000', ''),
      localDate: local,
      localStart: new Date(Date.parse(clash) + 2 * 3600_000).toISOString().slice(11, 16),
      localEnd: new Date(Date.parse(clash) + 3 * 3600_000).toISOString().slice(11, 16),
    }));
    const violations = validateProposal(input, moved).filter((violation) => violation.code === 'PERSON_BUSY');
    expect(violations.map((violation) => violation.params.personId)).toEqual(
      expect.arrayContaining(['@regional-team', 'region-anna', 'region-bo']),
    );
    expect(violations[0].municipalityIds).toEqual(expect.arrayContaining(['d1', ...trip.stops]));

    const d1 = meetingOf(valid, 'd1');
    const busy = {
      ...input,
      busy: [{ personIds: ['kommun-d1'], start: d1.start, end: d1.end, label: 'dentist' }],
    };
    expect(validateProposal(busy, valid)).toEqual([
      expect.objectContaining({
        code: 'PERSON_BUSY',
        municipalityIds: ['d1'],
        message: expect.stringContaining('dentist'),
        params: expect.objectContaining({ personId: 'kommun-d1' }),
      }),
    ]);
  });

  it('catches too many meetings a day', () => {
    const strict = { ...input, config: { ...input.config, maxMeetingsPerDay: 1 } };
    expect(validateProposal(strict, valid).map((violation) => violation.code)).toContain('DAILY_LIMIT');
  });

  it('catches trips that skimp on travel or overrun the travel hours', () => {
    const trip = valid.trips[0];
    const late = { ...valid, trips: [{ ...trip, departure: meetingOf(valid, trip.stops[0]).start }] };
    expect(codes(late)).toEqual(['TRAVEL_TIME_INSUFFICIENT']);
    const understated = {
      ...valid,
      trips: [{ ...trip, legs: trip.legs.map((leg) => ({ ...leg, minutes: 1 })), travelMinutes: 3 }],
      totals: { ...valid.totals, travelMinutes: 3 },
    };
    expect(codes(understated)).toEqual(['TRAVEL_TIME_INSUFFICIENT']);
    const tight = { ...input, config: { ...input.config, travelHours: { start: '10:00', end: '16:00' } } };
    expect(validateProposal(tight, valid).map((violation) => violation.code)).toContain('TRAVEL_EXCEEDS_DAY');
    const noTrip = withMeeting('2460', () => ({ attendance: 'remote', tripId: null }));
    expect(codes(noTrip)).toEqual(expect.arrayContaining(['MODE_MISMATCH']));
  });

  it('catches a chained trip when chaining is off', () => {
    expect(valid.trips[0].stops).toHaveLength(2);
    const apart = { ...input, config: { ...input.config, allowChaining: false } };
    expect(validateProposal(apart, valid).map((violation) => violation.code)).toEqual(['TOO_MANY_STOPS']);
  });

  it('catches missing, duplicate and unknown municipalities', () => {
    const withoutD1 = valid.meetings.filter((meeting) => meeting.municipalityId !== 'd1');
    expect(codes({ ...valid, meetings: withoutD1, totals: { ...valid.totals, placed: 3 } })).toEqual([
      'MISSING_MUNICIPALITY',
    ]);
    expect(codes({ ...valid, meetings: withoutD1 })).toEqual([
      'INCONSISTENT_PROPOSAL',
      'MISSING_MUNICIPALITY',
    ]);
    expect(
      codes({
        ...valid,
        meetings: [...valid.meetings, meetingOf(valid, 'd1')],
        totals: { ...valid.totals, placed: 5 },
      }),
    ).toContain('DUPLICATE_PLACEMENT');
    expect(
      codes({
        ...valid,
        meetings: [...valid.meetings, { ...meetingOf(valid, 'd1'), municipalityId: 'zz' }],
        totals: { ...valid.totals, placed: 5 },
      }),
    ).toContain('UNKNOWN_MUNICIPALITY');
  });

  it('reports invalid input instead of judging the proposal', () => {
    const bad = { ...input, window: { firstDate: '2026-09-18', lastDate: '2026-09-07' } };
    expect(validateProposal(bad, valid)).toEqual([expect.objectContaining({ code: 'INVALID_INPUT' })]);
  });
});
