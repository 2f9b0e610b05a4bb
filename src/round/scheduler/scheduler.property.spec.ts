import Holidays from 'date-holidays';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { planRoundFirstFit } from './first-fit.baseline.js';
import { validateSchedulerInput } from './input-validation.js';
import { planRound } from './planner.js';
import { readVasterbotten } from './scheduler-test-fixtures.js';
import type {
  BusyInterval,
  DateRange,
  GeoPoint,
  MeetingMode,
  Proposal,
  SchedulerConfig,
  SchedulerInput,
} from './scheduler.types.js';
import { validateProposal } from './validate-proposal.js';

/*
 * Property-based tests: random valid rounds over the real Västerbotten seats never yield a proposal that breaks
 * a hard constraint. Each proposal is judged twice: by validateProposal and by the straightforward oracle below,
 * written from the rules alone (Luxon, date-holidays, its own haversine) so that the checker is checked too.
 */

const ZONE = 'Europe/Stockholm';
const SEATS = readVasterbotten();
const PEOPLE = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];
const TEAM = ['r1', 'r2', 'r3'];
const FIRST_DAY = DateTime.fromISO('2026-01-01', { zone: 'utc' });

const dateAt = (offset: number) => FIRST_DAY.plus({ days: offset }).toISODate() ?? '';
const localInstant = (date: string, minute: number) =>
  DateTime.fromISO(date, { zone: ZONE }).plus({ minutes: minute }).toISO() ?? '';

const hoursArbitrary = fc.constantFrom(
  { start: '09:00', end: '16:00' },
  { start: '08:00', end: '17:00' },
  { start: '10:00', end: '12:30' },
  { start: '09:30', end: '15:00' },
);

const roundArbitrary: fc.Arbitrary<SchedulerInput> = fc
  .record({
    start: fc.integer({ min: 0, max: 3 * 365 }),
    length: fc.integer({ min: 1, max: 45 }),
    duration: fc.constantFrom(30, 45, 60, 90, 120),
    picks: fc.subarray(SEATS.municipalities, { minLength: 0, maxLength: 15 }),
    team: fc.subarray(TEAM),
    workingHours: hoursArbitrary,
    widerTravel: fc.boolean(),
    maxMeetingsPerDay: fc.integer({ min: 1, max: 3 }),
    maxStopsPerTrip: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
    minGapDays: fc.integer({ min: 0, max: 40 }),
    slotMinutes: fc.constantFrom(15, 30, 60),
    allowChaining: fc.boolean(),
    blackouts: fc.constantFrom<DateRange[][]>(
      [
        { from: '07-01', to: '08-10' },
        { from: '12-22', to: '01-06' },
      ],
      [],
      [{ from: '2026-10-05', to: '2026-10-16', label: 'one-off' }],
    ),
    details: fc.array(
      fc.record({
        mode: fc.constantFrom<MeetingMode>('onsite', 'digital', 'hybrid'),
        participants: fc.subarray(PEOPLE, { maxLength: 3 }),
        blocked: fc.array(fc.integer({ min: 0, max: 44 }), { maxLength: 8 }),
        last: fc.option(
          fc.record({ day: fc.integer({ min: -60, max: 30 }), minute: fc.integer({ min: 0, max: 1439 }) }),
          { nil: null },
        ),
        preferred: fc.subarray([1, 2, 3, 4, 5], { maxLength: 2 }),
      }),
      { minLength: 15, maxLength: 15 },
    ),
    busy: fc.array(
      fc.record({
        persons: fc.subarray([...PEOPLE, ...TEAM], { minLength: 1, maxLength: 3 }),
        day: fc.integer({ min: -1, max: 45 }),
        minute: fc.integer({ min: 0, max: 24 * 4 - 1 }).map((quarter) => quarter * 15),
        minutes: fc.integer({ min: 15, max: 600 }),
        counts: fc.boolean(),
      }),
      { maxLength: 12 },
    ),
  })
  .map((r): SchedulerInput => {
    const firstDate = dateAt(r.start);
    const config: SchedulerConfig = {
      timeZone: ZONE,
      workingHours: r.workingHours,
      travelHours: r.widerTravel ? { start: '07:00', end: '18:00' } : null,
      maxMeetingsPerDay: r.maxMeetingsPerDay,
      maxStopsPerTrip: r.maxStopsPerTrip,
      blackouts: r.blackouts,
      minGapDays: r.minGapDays,
      slotMinutes: r.slotMinutes,
      holidayCountry: 'SE',
      office: SEATS.region.seat,
      roadFactor: 1.3,
      averageSpeedKmh: 70,
      travelBufferMinutes: 15,
      allowChaining: r.allowChaining,
    };
    const municipalities = r.picks.map((pick, i) => {
      const detail = r.details[i];
      return {
        id: pick.code,
        name: pick.name,
        seat: pick.seat,
        mode: detail.mode,
        participants: detail.participants,
        blockedDates: detail.blocked.map((offset) => dateAt(r.start + offset)),
        lastMeetingEnd: detail.last
          ? localInstant(dateAt(r.start + detail.last.day), detail.last.minute)
          : null,
        preferredWeekdays: detail.preferred,
      };
    });
    const busy: BusyInterval[] = r.busy.map((b) => {
      const start = DateTime.fromISO(localInstant(dateAt(r.start + b.day), b.minute), { setZone: true });
      return {
        personIds: b.persons,
        start: start.toISO() ?? '',
        end: start.plus({ minutes: b.minutes }).toUTC().toISO() ?? '',
        label: `busy ${b.persons.join('+')}`,
        countsTowardDailyLimit: b.counts,
      };
    });
    return {
      window: { firstDate, lastDate: dateAt(r.start + r.length - 1) },
      durationMinutes: r.duration,
      municipalities,
      regionalTeam: r.team,
      busy,
      config,
    };
  });

/** Inputs the engine must plan (a window of only weekends, or a meeting longer than the day, is refused). */
function plannable(input: SchedulerInput): boolean {
  const errors = validateSchedulerInput(input);
  expect(
    errors.every((error) =>
      ['NO_WORKING_DAY_IN_WINDOW', 'DURATION_EXCEEDS_WORKING_DAY'].includes(error.code),
    ),
  ).toBe(true);
  return errors.length === 0;
}

function planned(input: SchedulerInput, plan = planRound): Proposal {
  const result = plan(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.proposal;
}

// ---- the independent oracle ------------------------------------------------------------------------------

const holidayEngine = new Holidays('SE');
const holidayDates = new Map<number, Set<string>>();
function isHoliday(date: string): boolean {
  const year = Number(date.slice(0, 4));
  if (!holidayDates.has(year)) {
    const days = holidayEngine
      .getHolidays(year)
      .filter((holiday) => holiday.type === 'public' || holiday.type === 'bank')
      .map((holiday) => holiday.date.slice(0, 10));
    holidayDates.set(year, new Set(days));
  }
  return holidayDates.get(year)?.has(date) ?? false;
}

function inBlackout(date: string, ranges: readonly DateRange[]): boolean {
  return ranges.some((range) => {
    if (range.from.length === 10) return range.from <= date && date <= range.to;
    const md = date.slice(5);
    return range.from <= range.to ? range.from <= md && md <= range.to : md >= range.from || md <= range.to;
  });
}

function oracleLegMinutes(a: GeoPoint, b: GeoPoint, config: SchedulerConfig): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  const km = 2 * 6371.0088 * Math.asin(Math.sqrt(h));
  return km < 0.5
    ? 0
    : Math.ceil(((km * config.roadFactor) / config.averageSpeedKmh) * 60) + config.travelBufferMinutes;
}

const clock = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const local = (iso: string) => DateTime.fromISO(iso, { setZone: true }).setZone(ZONE);
const minuteOf = (t: DateTime) => t.hour * 60 + t.minute + (t.second || t.millisecond ? 1 : 0);

/** Every broken rule, as plain strings, from a naive reading of the rules. */
function oracle(input: SchedulerInput, proposal: Proposal): string[] {
  const config = input.config as SchedulerConfig;
  const travel = config.travelHours ?? config.workingHours;
  const problems: string[] = [];
  const byId = new Map(input.municipalities.map((m) => [m.id, m]));
  const team = new Set(input.regionalTeam);
  const ids = [
    ...proposal.meetings.map((m) => m.municipalityId),
    ...proposal.unplaced.map((u) => u.municipalityId),
  ].sort();
  if (ids.join() !== [...byId.keys()].sort().join()) problems.push('not every municipality exactly once');

  const teamIntervals: [number, number, string][] = [];
  const personIntervals = new Map<string, [number, number, string][]>();
  const add = (person: string, interval: [number, number, string]) =>
    personIntervals.set(person, [...(personIntervals.get(person) ?? []), interval]);
  const perDay = new Map<string, number>();

  for (const meeting of proposal.meetings) {
    const m = byId.get(meeting.municipalityId);
    if (!m) continue;
    const start = local(meeting.start);
    const end = local(meeting.end);
    const date = start.toISODate() ?? '';
    if (end.diff(start, 'minutes').minutes !== input.durationMinutes) problems.push(`${m.id} duration`);
    if (date < input.window.firstDate || date > input.window.lastDate)
      problems.push(`${m.id} outside window`);
    if (start.weekday > 5) problems.push(`${m.id} weekend`);
    if (isHoliday(date)) problems.push(`${m.id} holiday`);
    if (inBlackout(date, config.blackouts)) problems.push(`${m.id} blackout`);
    if (
      end.toISODate() !== date ||
      minuteOf(start) < clock(config.workingHours.start) ||
      minuteOf(end) > clock(config.workingHours.end)
    ) {
      problems.push(`${m.id} outside working hours`);
    }
    if (m.blockedDates?.includes(date)) problems.push(`${m.id} blocked date`);
    if (m.lastMeetingEnd) {
      const last = local(m.lastMeetingEnd);
      const earliest = last.startOf('day').plus({ days: config.minGapDays }).toISODate() ?? '';
      if (date < earliest || start < last) problems.push(`${m.id} min gap`);
    }
    if (
      (m.mode === 'onsite' && meeting.attendance !== 'onsite') ||
      (m.mode === 'digital' && meeting.attendance !== 'remote')
    ) {
      problems.push(`${m.id} attendance`);
    }
    if (meeting.attendance === 'remote') teamIntervals.push([start.toMillis(), end.toMillis(), m.id]);
    for (const person of m.participants ?? [])
      if (!team.has(person)) add(person, [start.toMillis(), end.toMillis(), m.id]);
    perDay.set(date, (perDay.get(date) ?? 0) + 1);
  }

  const maxStops = config.allowChaining
    ? Math.min(config.maxStopsPerTrip ?? config.maxMeetingsPerDay, config.maxMeetingsPerDay)
    : 1;
  for (const meeting of proposal.meetings.filter((m) => m.attendance === 'onsite')) {
    if (
      !proposal.trips.some(
        (trip) => trip.id === meeting.tripId && trip.stops.includes(meeting.municipalityId),
      )
    ) {
      problems.push(`${meeting.municipalityId} on site without its trip`);
    }
  }
  for (const trip of proposal.trips) {
    const stops = proposal.meetings
      .filter((meeting) => meeting.tripId === trip.id)
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    if (stops.length === 0 || stops.map((s) => s.municipalityId).join() !== trip.stops.join()) {
      problems.push(`${trip.id} stops`);
      continue;
    }
    if (stops.length > maxStops) problems.push(`${trip.id} too many stops`);
    const places = [
      config.office,
      ...stops.map((s) => byId.get(s.municipalityId)?.seat ?? config.office),
      config.office,
    ];
    const times = [
      Date.parse(trip.departure),
      ...stops.flatMap((s) => [Date.parse(s.start), Date.parse(s.end)]),
      Date.parse(trip.return),
    ];
    for (let leg = 0; leg + 1 < places.length; leg++) {
      if (
        times[2 * leg + 1] - times[2 * leg] <
        oracleLegMinutes(places[leg], places[leg + 1], config) * 60_000
      ) {
        problems.push(`${trip.id} leg ${leg}`);
      }
    }
    const out = local(trip.departure);
    const back = local(trip.return);
    const date = local(stops[0].start).toISODate();
    if (
      out.toISODate() !== date ||
      back.toISODate() !== date ||
      minuteOf(out) < clock(travel.start) ||
      minuteOf(back) > clock(travel.end)
    ) {
      problems.push(`${trip.id} outside travel hours`);
    }
    teamIntervals.push([times[0], times[times.length - 1], trip.id]);
  }

  const overlaps = (list: [number, number, string][], busy: [number, number, string][]) => {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (list[i][0] < list[j][1] && list[j][0] < list[i][1])
          problems.push(`double booking ${list[i][2]} ${list[j][2]}`);
      }
      for (const b of busy)
        if (list[i][0] < b[1] && b[0] < list[i][1]) problems.push(`busy during ${list[i][2]}`);
    }
  };
  const busyOf = (persons: (p: string) => boolean) =>
    (input.busy ?? [])
      .filter((b) => b.personIds.some(persons))
      .map((b): [number, number, string] => [Date.parse(b.start), Date.parse(b.end), 'busy']);
  overlaps(
    teamIntervals,
    busyOf((p) => team.has(p)),
  );
  for (const [person, list] of personIntervals)
    overlaps(
      list,
      busyOf((p) => p === person),
    );

  for (const b of input.busy ?? []) {
    if (!b.countsTowardDailyLimit) continue;
    const date = local(b.start).toISODate() ?? '';
    if (perDay.has(date)) perDay.set(date, (perDay.get(date) ?? 0) + 1);
  }
  for (const [date, count] of perDay)
    if (count > config.maxMeetingsPerDay) problems.push(`${date} daily limit`);
  return problems;
}

// ---- properties ------------------------------------------------------------------------------------------

const RUNS = { numRuns: 100, seed: 20260907 };

describe('scheduler properties', () => {
  it('never breaks a hard constraint (checked by validateProposal and by an independent oracle)', () => {
    fc.assert(
      fc.property(roundArbitrary, (input) => {
        fc.pre(plannable(input));
        const proposal = planned(input);
        expect(validateProposal(input, proposal)).toEqual([]);
        expect(oracle(input, proposal)).toEqual([]);
        expect(proposal.meetings.length + proposal.unplaced.length).toBe(input.municipalities.length);
        const baseline = planned(input, planRoundFirstFit);
        expect(validateProposal(input, baseline)).toEqual([]);
        expect(oracle(input, baseline)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('gives the same proposal for the same input, and for the municipalities in another order', () => {
    fc.assert(
      fc.property(roundArbitrary, fc.integer(), (input, seed) => {
        fc.pre(plannable(input));
        const first = planned(input);
        expect(planned(structuredClone(input))).toEqual(first);
        const order = input.municipalities.map((m, i) => ({ m, key: Math.imul(i + 1, seed | 1) >>> 0 }));
        const shuffled = order.sort((a, b) => a.key - b.key).map((entry) => entry.m);
        expect(
          planned({ ...input, municipalities: shuffled, busy: [...(input.busy ?? [])].reverse() }),
        ).toEqual(first);
      }),
      { ...RUNS, numRuns: 50 },
    );
  });

  it('agrees with the oracle on whether a disturbed proposal is valid', () => {
    fc.assert(
      fc.property(roundArbitrary, fc.nat(), fc.integer({ min: -48, max: 48 }), (input, pick, quarters) => {
        fc.pre(plannable(input));
        const proposal = planned(input);
        fc.pre(proposal.meetings.length > 0);
        const target = proposal.meetings[pick % proposal.meetings.length];
        const start = local(target.start).plus({ minutes: 15 * quarters });
        const end = start.plus({ minutes: input.durationMinutes });
        const moved = {
          ...target,
          start: start.toUTC().toISO({ suppressMilliseconds: true }) ?? '',
          end: end.toUTC().toISO({ suppressMilliseconds: true }) ?? '',
          localDate: start.toISODate() ?? '',
          localStart: start.toFormat('HH:mm'),
          localEnd: end.toFormat('HH:mm'),
        };
        const disturbed = { ...proposal, meetings: proposal.meetings.map((m) => (m === target ? moved : m)) };
        expect(validateProposal(input, disturbed).length === 0).toBe(oracle(input, disturbed).length === 0);
      }),
      RUNS,
    );
  });
});
