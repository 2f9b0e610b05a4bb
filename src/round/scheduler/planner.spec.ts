import { epochDay } from './local-time.js';
import { planRound } from './planner.js';
import {
  digitalMunicipality,
  meetingOf,
  proposalOf,
  roundInput,
  vasterbottenMunicipality,
} from './scheduler-test-fixtures.js';
import type { SchedulerInput } from './scheduler.types.js';
import { legMinutes } from './travel.js';
import { validateProposal } from './validate-proposal.js';

/** Plans and insists that the proposal breaks no hard constraint, whatever else the test checks. */
function plan(input: SchedulerInput) {
  const proposal = proposalOf(planRound(input));
  expect(validateProposal(input, proposal)).toEqual([]);
  return proposal;
}

const digitals = (count: number) =>
  Array.from({ length: count }, (_, i) => digitalMunicipality(`m${String(i + 1).padStart(2, '0')}`));

describe('planRound: calendar', () => {
  it('skips Långfredag and Annandag påsk in the Easter weeks, but not Skärtorsdagen', () => {
    const input = roundInput({
      window: { firstDate: '2026-03-30', lastDate: '2026-04-10' },
      municipalities: digitals(9),
      config: { maxMeetingsPerDay: 1 },
    });
    const proposal = plan(input);
    const dates = proposal.meetings.map((meeting) => meeting.localDate).sort();
    expect(dates).toEqual([
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
      '2026-04-07',
      '2026-04-08',
      '2026-04-09',
      '2026-04-10',
    ]);
    expect(proposal.unplaced).toHaveLength(1);
    expect(proposal.unplaced[0].code).toBe('DAILY_LIMIT');
  });

  it('skips midsommarafton (a "bank" holiday in date-holidays)', () => {
    const input = roundInput({
      window: { firstDate: '2026-06-15', lastDate: '2026-06-19' },
      municipalities: digitals(5),
      config: { maxMeetingsPerDay: 1 },
    });
    const proposal = plan(input);
    expect(proposal.meetings.map((meeting) => meeting.localDate).sort()).toEqual([
      '2026-06-15',
      '2026-06-16',
      '2026-06-17',
      '2026-06-18',
    ]);
    expect(proposal.unplaced.map((entry) => entry.code)).toEqual(['DAILY_LIMIT']);
  });

  it('skips julafton and nyårsafton when no Christmas blackout is configured', () => {
    const input = roundInput({
      window: { firstDate: '2026-12-21', lastDate: '2026-12-31' },
      municipalities: digitals(8),
      config: { maxMeetingsPerDay: 1, blackouts: [] },
    });
    const dates = plan(input).meetings.map((meeting) => meeting.localDate);
    expect(dates.sort()).toEqual([
      '2026-12-21',
      '2026-12-22',
      '2026-12-23',
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
    ]);
  });

  it('keeps out of the summer blackout', () => {
    const input = roundInput({
      window: { firstDate: '2026-06-22', lastDate: '2026-08-21' },
      municipalities: digitals(12),
    });
    const proposal = plan(input);
    expect(proposal.meetings).toHaveLength(12);
    for (const meeting of proposal.meetings) {
      expect(meeting.localDate < '2026-07-01' || meeting.localDate > '2026-08-10').toBe(true);
    }
  });

  it('places 09:00 at 08:00Z before and 07:00Z after the March change (last Sunday, 2026-03-29)', () => {
    const input = roundInput({
      window: { firstDate: '2026-03-26', lastDate: '2026-03-31' },
      municipalities: digitals(4),
      config: { maxMeetingsPerDay: 1 },
    });
    const byDate = Object.fromEntries(plan(input).meetings.map((meeting) => [meeting.localDate, meeting]));
    expect(Object.keys(byDate).sort()).toEqual(['2026-03-26', '2026-03-27', '2026-03-30', '2026-03-31']);
    for (const date of ['2026-03-26', '2026-03-27']) {
      expect(byDate[date]).toMatchObject({
        localStart: '09:00',
        start: `${date}T08:00:00Z`,
        end: `${date}T09:00:00Z`,
      });
    }
    for (const date of ['2026-03-30', '2026-03-31']) {
      expect(byDate[date]).toMatchObject({
        localStart: '09:00',
        start: `${date}T07:00:00Z`,
        end: `${date}T08:00:00Z`,
      });
    }
  });

  it('places 09:00 at 07:00Z before and 08:00Z after the October change (last Sunday, 2026-10-25)', () => {
    const input = roundInput({
      window: { firstDate: '2026-10-22', lastDate: '2026-10-27' },
      municipalities: [
        vasterbottenMunicipality('2460', { blockedDates: ['2026-10-23', '2026-10-26', '2026-10-27'] }),
        vasterbottenMunicipality('2480', { blockedDates: ['2026-10-22', '2026-10-23', '2026-10-27'] }),
      ],
    });
    const proposal = plan(input);
    const vannas = meetingOf(proposal, '2460');
    const umea = meetingOf(proposal, '2480');
    expect(vannas.localDate).toBe('2026-10-22');
    expect(umea.localDate).toBe('2026-10-26');
    expect(umea).toMatchObject({ localStart: '09:00', start: '2026-10-26T08:00:00Z' });
    // Vännäs is a trip in summer time (+02:00): every local time of the trip is two hours ahead of UTC.
    const trip = proposal.trips.find((candidate) => candidate.id === vannas.tripId);
    expect(trip).toBeDefined();
    expect(trip?.departure).toBe(`2026-10-22T${minus(trip?.localDeparture ?? '', 2)}:00Z`);
    expect(trip?.return).toBe(`2026-10-22T${minus(trip?.localReturn ?? '', 2)}:00Z`);
    expect(vannas.start).toBe(`2026-10-22T${minus(vannas.localStart, 2)}:00Z`);
    expect((trip?.localDeparture ?? '') >= '09:00').toBe(true);
  });
});

/** `HH:mm` minus whole hours (same day). */
function minus(time: string, hours: number): string {
  return `${String(Number(time.slice(0, 2)) - hours).padStart(2, '0')}${time.slice(2)}`;
}

describe('planRound: municipality constraints', () => {
  it('lets two municipalities that block the same days compete for what is left', () => {
    const blocked = ['2026-09-07', '2026-09-08', '2026-09-09', '2026-09-10'];
    const input = roundInput({
      municipalities: [
        digitalMunicipality('a', { blockedDates: blocked }),
        digitalMunicipality('b', { blockedDates: blocked }),
      ],
      config: { maxMeetingsPerDay: 1 },
    });
    const proposal = plan(input);
    expect(meetingOf(proposal, 'a').localDate).toBe('2026-09-11');
    expect(proposal.unplaced).toEqual([
      expect.objectContaining({
        municipalityId: 'b',
        code: 'DAILY_LIMIT',
        details: expect.objectContaining({
          workingDays: 5,
          daysRuledOutBy: { BLOCKED_DATES: 4, DAILY_LIMIT: 1 },
        }),
      }),
    ]);
    // With room for two a day both fit on the Friday, one after the other.
    const both = plan({ ...input, config: { maxMeetingsPerDay: 2 } });
    expect(both.meetings.map((meeting) => [meeting.localDate, meeting.localStart])).toEqual([
      ['2026-09-11', '09:00'],
      ['2026-09-11', '10:00'],
    ]);
  });

  it('reports BLOCKED_DATES when a municipality blocks every working day', () => {
    const input = roundInput({
      municipalities: [
        digitalMunicipality('a', {
          blockedDates: ['2026-09-07', '2026-09-08', '2026-09-09', '2026-09-10', '2026-09-11'],
        }),
      ],
    });
    expect(plan(input).unplaced).toEqual([
      expect.objectContaining({ municipalityId: 'a', code: 'BLOCKED_DATES' }),
    ]);
  });

  it('waits the minimum gap after the last meeting and says so', () => {
    const input = roundInput({
      window: { firstDate: '2026-09-01', lastDate: '2026-10-09' },
      municipalities: [digitalMunicipality('a', { lastMeetingEnd: '2026-09-01T15:00:00+02:00' })],
      config: { minGapDays: 30 },
    });
    const meeting = meetingOf(plan(input), 'a');
    expect(meeting.localDate).toBe('2026-10-01');
    expect(meeting.reasons).toContainEqual(
      expect.objectContaining({
        code: 'EARLIEST_AFTER_MIN_GAP',
        params: expect.objectContaining({ earliestDate: '2026-10-01' }),
      }),
    );
  });

  it('reports MIN_GAP when the gap reaches past the window', () => {
    const input = roundInput({
      municipalities: [digitalMunicipality('a', { lastMeetingEnd: '2026-08-31T12:00:00Z' })],
      config: { minGapDays: 30 },
    });
    expect(plan(input).unplaced).toEqual([
      expect.objectContaining({
        code: 'MIN_GAP',
        details: expect.objectContaining({ earliestDateAfterMinGap: '2026-09-30' }),
      }),
    ]);
  });

  it('with a gap of 0 days allows the same day, after the last meeting ended', () => {
    const input = roundInput({
      window: { firstDate: '2026-09-07', lastDate: '2026-09-07' },
      municipalities: [digitalMunicipality('a', { lastMeetingEnd: '2026-09-07T11:30:00+02:00' })],
      config: { minGapDays: 0 },
    });
    expect(meetingOf(plan(input), 'a').localStart).toBe('11:30');
  });

  it('prefers a preferred weekday', () => {
    const input = roundInput({
      municipalities: [digitalMunicipality('a', { preferredWeekdays: [3] })],
    });
    const meeting = meetingOf(plan(input), 'a');
    expect(meeting).toMatchObject({ localDate: '2026-09-09', weekday: 3 });
    expect(meeting.reasons).toContainEqual(expect.objectContaining({ code: 'PREFERRED_WEEKDAY' }));
  });
});

describe('planRound: the regional team and people', () => {
  it('holds at most N meetings a day, counting meetings already in the system', () => {
    const window = { firstDate: '2026-09-07', lastDate: '2026-09-07' };
    expect(plan(roundInput({ window, municipalities: digitals(3) })).totals).toMatchObject({
      placed: 2,
      unplaced: 1,
    });
    const existing = {
      personIds: ['region-anna'],
      start: '2026-09-07T13:00:00+02:00',
      end: '2026-09-07T14:00:00+02:00',
      label: 'samverkan Skellefteå',
      countsTowardDailyLimit: true,
    };
    const proposal = plan(roundInput({ window, municipalities: digitals(3), busy: [existing] }));
    expect(proposal.totals).toMatchObject({ placed: 1, unplaced: 2 });
    expect(proposal.unplaced.map((entry) => entry.code)).toEqual(['DAILY_LIMIT', 'DAILY_LIMIT']);
  });

  it('books around a busy participant and a busy team member', () => {
    const input = roundInput({
      window: { firstDate: '2026-09-07', lastDate: '2026-09-08' },
      municipalities: [digitalMunicipality('a', { participants: ['kommun-cecilia'] })],
      busy: [
        {
          personIds: ['region-bo'],
          start: '2026-09-08T07:00:00Z',
          end: '2026-09-08T14:00:00Z',
          label: 'conference',
        },
        {
          personIds: ['kommun-cecilia'],
          start: '2026-09-07T09:00:00+02:00',
          end: '2026-09-07T12:00:00+02:00',
        },
      ],
    });
    const meeting = meetingOf(plan(input), 'a');
    expect(meeting).toMatchObject({ localDate: '2026-09-07', localStart: '12:00' });
    expect(meeting.participants).toEqual(['region-anna', 'region-bo', 'kommun-cecilia']);
  });

  it('reports PERSON_BUSY with the people when nobody is ever free', () => {
    const input = roundInput({
      municipalities: [digitalMunicipality('a', { participants: ['kommun-cecilia'] })],
      busy: [
        {
          personIds: ['kommun-cecilia'],
          start: '2026-09-01T00:00:00Z',
          end: '2026-09-30T00:00:00Z',
          label: 'parental leave',
        },
      ],
    });
    expect(plan(input).unplaced).toEqual([
      expect.objectContaining({
        code: 'PERSON_BUSY',
        details: expect.objectContaining({
          busyPersons: ['kommun-cecilia'],
          daysRuledOutBy: { PERSON_BUSY: 5 },
        }),
      }),
    ]);
  });

  it('never double-books the team: the travel of an on-site day blocks digital meetings', () => {
    const input = roundInput({
      window: { firstDate: '2026-09-07', lastDate: '2026-09-07' },
      municipalities: [vasterbottenMunicipality('2481'), digitalMunicipality('d')],
      config: { maxMeetingsPerDay: 2 },
    });
    const proposal = plan(input);
    const trip = proposal.trips[0];
    const digital = meetingOf(proposal, 'd');
    const overlaps =
      Date.parse(digital.start) < Date.parse(trip.return) &&
      Date.parse(trip.departure) < Date.parse(digital.end);
    expect(overlaps).toBe(false);
  });
});

describe('planRound: travel', () => {
  it('refuses an on-site visit that cannot fit the day, and lets a hybrid one join remotely', () => {
    const config = { workingHours: { start: '09:00', end: '11:00' } };
    const onsite = plan(roundInput({ municipalities: [vasterbottenMunicipality('2481')], config }));
    expect(onsite.unplaced).toEqual([
      expect.objectContaining({
        municipalityId: '2481',
        code: 'TRAVEL_EXCEEDS_DAY',
        message: expect.stringContaining('does not fit'),
      }),
    ]);
    expect(onsite.unplaced[0].details.daysRuledOutBy).toEqual({ TRAVEL_EXCEEDS_DAY: 5 });
    const hybrid = plan(
      roundInput({ municipalities: [vasterbottenMunicipality('2481', { mode: 'hybrid' })], config }),
    );
    const meeting = meetingOf(hybrid, '2481');
    expect(meeting).toMatchObject({ attendance: 'remote', tripId: null, travelMinutesBefore: 0 });
    expect(meeting.reasons[0]).toMatchObject({
      code: 'HYBRID_JOINED_REMOTELY',
      params: { cause: 'TRAVEL_EXCEEDS_DAY' },
    });
    expect(hybrid.totals.travelMinutes).toBe(0);
  });

  it('chains Vännäs and Bjurholm on one trip, saving travel', () => {
    const input = roundInput({
      municipalities: [vasterbottenMunicipality('2460'), vasterbottenMunicipality('2403')],
    });
    const proposal = plan(input);
    expect(proposal.trips).toHaveLength(1);
    const [trip] = proposal.trips;
    expect([...trip.stops].sort()).toEqual(['2403', '2460']);
    expect(meetingOf(proposal, '2460').tripId).toBe(trip.id);
    expect(meetingOf(proposal, '2403').localDate).toBe(meetingOf(proposal, '2460').localDate);
    expect(meetingOf(proposal, '2460').reasons[0]).toMatchObject({
      code: 'CHAINED_WITH',
      params: expect.objectContaining({ municipalityIds: ['2403'], names: ['Bjurholm'] }),
    });
    const office = { lat: 63.8258, lon: 20.263 };
    const settings = { roadFactor: 1.3, averageSpeedKmh: 70, travelBufferMinutes: 15 };
    const separately =
      2 * legMinutes(office, vasterbottenMunicipality('2460').seat, settings) +
      2 * legMinutes(office, vasterbottenMunicipality('2403').seat, settings);
    expect(trip.travelMinutes).toBeLessThan(separately);
    expect(trip.legs.map((leg) => [leg.from, leg.to])).toEqual([
      ['office', trip.stops[0]],
      [trip.stops[0], trip.stops[1]],
      [trip.stops[1], 'office'],
    ]);

    const apart = plan({ ...input, config: { allowChaining: false } });
    expect(apart.trips).toHaveLength(2);
    expect(apart.totals.travelMinutes).toBe(separately);
  });

  it('reports an infeasible round with the constraint that blocked each municipality', () => {
    const input = roundInput({
      window: { firstDate: '2026-09-07', lastDate: '2026-09-07' },
      municipalities: [
        vasterbottenMunicipality('2422'), // Sorsele: ~4 h each way
        digitalMunicipality('busy', { participants: ['p'] }),
        digitalMunicipality('blocked', { blockedDates: ['2026-09-07'] }),
        digitalMunicipality('late', { lastMeetingEnd: '2026-09-01T12:00:00Z' }),
        digitalMunicipality('x1'),
        digitalMunicipality('x2'),
        digitalMunicipality('x3'),
      ],
      busy: [{ personIds: ['p'], start: '2026-09-07T00:00:00+02:00', end: '2026-09-08T00:00:00+02:00' }],
    });
    const proposal = plan(input);
    const codes = Object.fromEntries(proposal.unplaced.map((entry) => [entry.municipalityId, entry.code]));
    expect(codes).toEqual({
      '2422': 'TRAVEL_EXCEEDS_DAY',
      busy: 'PERSON_BUSY',
      blocked: 'BLOCKED_DATES',
      late: 'MIN_GAP',
      x3: 'DAILY_LIMIT',
    });
    expect(proposal.totals).toMatchObject({ placed: 2, unplaced: 5 });
  });
});

describe('planRound: spread, determinism, progress', () => {
  it('spreads meetings over the window instead of packing its start', () => {
    const input = roundInput({
      window: { firstDate: '2026-09-07', lastDate: '2026-10-02' },
      municipalities: digitals(4),
    });
    // 1970-01-01 was a Thursday: (epoch day + 3) / 7 counts Monday-based weeks.
    const weeks = new Set(
      plan(input).meetings.map((meeting) => Math.floor((epochDay(meeting.localDate) + 3) / 7)),
    );
    expect(weeks.size).toBe(4);
  });

  it('gives the same proposal for the same input, whatever the order of its lists', () => {
    const municipalities = [
      ...['2401', '2403', '2404', '2409', '2460', '2480', '2481', '2482'].map((code) =>
        vasterbottenMunicipality(code),
      ),
      ...digitals(6).map((municipality, i) => ({
        ...municipality,
        participants: [`p${i}`],
        preferredWeekdays: [1 + (i % 5)],
      })),
    ];
    const busy = [
      { personIds: ['p1'], start: '2026-09-08T07:00:00Z', end: '2026-09-08T10:00:00Z' },
      { personIds: ['region-anna'], start: '2026-09-14T06:00:00Z', end: '2026-09-14T09:00:00Z' },
    ];
    const input = roundInput({
      window: { firstDate: '2026-09-07', lastDate: '2026-10-16' },
      municipalities,
      busy,
    });
    const first = plan(input);
    expect(plan(input)).toEqual(first);
    const shuffled = {
      ...input,
      municipalities: [...municipalities].reverse(),
      busy: [...busy].reverse(),
      regionalTeam: ['region-bo', 'region-anna'],
    };
    expect(plan(shuffled)).toEqual(first);
  });

  it('reports progress for every unit it handles', () => {
    const progress: number[] = [];
    planRound(roundInput({ municipalities: digitals(3) }), {
      onProgress: ({ done, total }) => progress.push(done / total),
    });
    expect(progress).toEqual([1 / 3, 2 / 3, 1]);
  });

  it('plans all 15 Västerbotten municipalities over a quarter within the hard constraints', () => {
    const codes = [
      '2401',
      '2403',
      '2404',
      '2409',
      '2417',
      '2418',
      '2421',
      '2422',
      '2425',
      '2460',
      '2462',
      '2463',
      '2480',
      '2481',
      '2482',
    ];
    const input = roundInput({
      window: { firstDate: '2026-09-01', lastDate: '2026-11-30' },
      durationMinutes: 90,
      municipalities: codes.map((code) =>
        vasterbottenMunicipality(code, { mode: 'hybrid', participants: [`kontakt-${code}`] }),
      ),
    });
    const proposal = plan(input);
    expect(proposal.totals).toMatchObject({ municipalities: 15, placed: 15, unplaced: 0 });
    expect(proposal.trips.some((trip) => trip.stops.length === 2)).toBe(true);
  });
});
