import { DayBook } from './day-book.js';
import { DaySet } from './day-set.js';
import {
  addDays,
  compareStrings,
  epochDay,
  instantToMillis,
  millisToLocal,
  minutesOfTime,
} from './local-time.js';
import { resolveSchedulerConfig } from './scheduler-config.js';
import type {
  GeoPoint,
  LocalDate,
  MeetingMode,
  MunicipalityToPlace,
  SchedulerConfig,
  SchedulerInput,
} from './scheduler.types.js';
import { haversineKm, legMinutes, legMinutesForKm } from './travel.js';
import { calendarOfWindow, type CalendarDay } from './working-calendar.js';

/** A working day of the window (weekends, holidays and blackouts removed), indexed from 0. */
export interface PlanningDay {
  index: number;
  date: LocalDate;
  weekday: number;
}

export interface PreparedMunicipality {
  /** Position in id order. */
  index: number;
  id: string;
  name: string;
  seat: GeoPoint;
  mode: MeetingMode;
  /** Participants who are not in the regional team, sorted. */
  participants: string[];
  /** Participants plus a private marker for "not before the last meeting ended" (min gap 0). */
  calendarOwners: string[];
  blocked: Set<LocalDate>;
  lastMeetingEnd: string | null;
  lastMeetingDate: LocalDate | null;
  /** First local date allowed by the minimum gap, if there was a last meeting. */
  earliestDate: LocalDate | null;
  /** Days not blocked by the municipality nor by the minimum gap. */
  allowed: DaySet;
  allowedCount: number;
  officeKm: number;
  officeLegMinutes: number;
  /** Whether office → seat → office around one meeting fits an empty day. */
  roundTripFits: boolean;
  roundTripMinutes: number;
  preferredWeekdays: ReadonlySet<number> | null;
}

export interface PreparedRound {
  input: SchedulerInput;
  config: SchedulerConfig;
  zone: string;
  duration: number;
  slot: number;
  workStart: number;
  workEnd: number;
  travelStart: number;
  travelEnd: number;
  maxPerDay: number;
  maxStops: number;
  calendar: CalendarDay[];
  days: PlanningDay[];
  dayIndexByDate: Map<LocalDate, number>;
  /** Sorted by id: the plan never depends on the order of the input list. */
  municipalities: PreparedMunicipality[];
  byId: Map<string, PreparedMunicipality>;
  team: string[];
  teamSet: ReadonlySet<string>;
  book: DayBook;
}

export function lastMeetingOwner(municipalityId: string): string {
  return `@last-meeting:${municipalityId}`;
}

/** Builds everything the planners share. The input must have passed validateSchedulerInput. */
export function prepareRound(input: SchedulerInput): PreparedRound {
  const config = resolveSchedulerConfig(input.config);
  const travelHours = config.travelHours ?? config.workingHours;
  const calendar = calendarOfWindow(input.window.firstDate, input.window.lastDate, config);
  const days: PlanningDay[] = [];
  const dayIndexByDate = new Map<LocalDate, number>();
  for (const day of calendar) {
    if (day.exclusion) continue;
    dayIndexByDate.set(day.date, days.length);
    days.push({ index: days.length, date: day.date, weekday: day.weekday });
  }
  const team = [...new Set(input.regionalTeam)].sort(compareStrings);
  const round: PreparedRound = {
    input,
    config,
    zone: config.timeZone,
    duration: input.durationMinutes,
    slot: config.slotMinutes,
    workStart: minutesOfTime(config.workingHours.start),
    workEnd: minutesOfTime(config.workingHours.end),
    travelStart: minutesOfTime(travelHours.start),
    travelEnd: minutesOfTime(travelHours.end),
    maxPerDay: config.maxMeetingsPerDay,
    maxStops: Math.min(config.maxStopsPerTrip ?? config.maxMeetingsPerDay, config.maxMeetingsPerDay),
    calendar,
    days,
    dayIndexByDate,
    municipalities: [],
    byId: new Map(),
    team,
    teamSet: new Set(team),
    book: new DayBook(days.length),
  };
  const sorted = [...input.municipalities].sort((a, b) => compareStrings(a.id, b.id));
  round.municipalities = sorted.map((municipality, index) => prepareMunicipality(round, municipality, index));
  for (const municipality of round.municipalities) round.byId.set(municipality.id, municipality);
  loadBusy(round);
  return round;
}

function prepareMunicipality(
  round: PreparedRound,
  source: MunicipalityToPlace,
  index: number,
): PreparedMunicipality {
  const { config } = round;
  const participants = [...new Set(source.participants ?? [])]
    .filter((person) => !round.teamSet.has(person))
    .sort(compareStrings);
  const blocked = new Set(source.blockedDates ?? []);
  let lastMeetingDate: LocalDate | null = null;
  let earliestDate: LocalDate | null = null;
  const calendarOwners = [...participants];
  if (source.lastMeetingEnd) {
    const last = millisToLocal(instantToMillis(source.lastMeetingEnd), round.zone);
    lastMeetingDate = last.date;
    earliestDate = addDays(last.date, config.minGapDays);
    if (config.minGapDays === 0) calendarOwners.push(lastMeetingOwner(source.id));
  }
  const allowed = DaySet.full(round.days.length);
  for (const date of blocked) {
    const day = round.dayIndexByDate.get(date);
    if (day !== undefined) allowed.delete(day);
  }
  if (earliestDate !== null) {
    for (let day = 0; day < round.days.length && round.days[day].date < earliestDate; day++)
      allowed.delete(day);
  }
  const officeKm = haversineKm(config.office, source.seat);
  const officeLegMinutes = legMinutesForKm(officeKm, config);
  const preferred = source.preferredWeekdays?.length ? new Set(source.preferredWeekdays) : null;
  const prepared: PreparedMunicipality = {
    index,
    id: source.id,
    name: source.name,
    seat: source.seat,
    mode: source.mode,
    participants,
    calendarOwners,
    blocked,
    lastMeetingEnd: source.lastMeetingEnd ?? null,
    lastMeetingDate,
    earliestDate,
    allowed,
    allowedCount: allowed.count(),
    officeKm,
    officeLegMinutes,
    roundTripFits: false,
    roundTripMinutes: 2 * officeLegMinutes + round.duration,
    preferredWeekdays: preferred,
  };
  prepared.roundTripFits = earliestTripTiming(round, tripLegs(round, [prepared])) !== null;
  return prepared;
}

/** Leg minutes office → first stop → … → last stop → office. */
export function tripLegs(round: PreparedRound, stops: readonly PreparedMunicipality[]): number[] {
  const legs = [stops[0].officeLegMinutes];
  for (let i = 1; i < stops.length; i++)
    legs.push(legMinutes(stops[i - 1].seat, stops[i].seat, round.config));
  legs.push(stops[stops.length - 1].officeLegMinutes);
  return legs;
}

export interface TripTiming {
  departure: number;
  return: number;
  starts: number[];
}

/**
 * The earliest schedule of a trip on an empty day, or null when it cannot fit. Starting as early as possible is
 * optimal here: every constraint of an empty day only gets harder later in the day.
 */
export function earliestTripTiming(round: PreparedRound, legs: readonly number[]): TripTiming | null {
  const starts: number[] = [];
  let ready = round.travelStart + legs[0];
  for (let i = 0; i < legs.length - 1; i++) {
    const start = alignedStart(round, Math.max(ready, round.workStart));
    if (start + round.duration > round.workEnd) return null;
    starts.push(start);
    ready = start + round.duration + legs[i + 1];
  }
  if (ready > round.travelEnd) return null;
  return { departure: starts[0] - legs[0], return: ready, starts };
}

export function alignedStart(round: PreparedRound, minute: number): number {
  return Math.ceil(minute / round.slot) * round.slot;
}

/**
 * Existing busy time, per planning day, clipped to the day. Busy time of any team member blocks the team;
 * existing meetings flagged countsTowardDailyLimit count on the local date they start.
 */
function loadBusy(round: PreparedRound): void {
  const relevant = new Set(round.team);
  for (const municipality of round.municipalities)
    for (const person of municipality.participants) relevant.add(person);
  // Only people of this round matter; sorted, so that which conflict an explanation names never depends on
  // the input order.
  const busy = (round.input.busy ?? [])
    .filter(
      (interval) =>
        interval.countsTowardDailyLimit || interval.personIds.some((person) => relevant.has(person)),
    )
    .map((interval) => ({
      interval,
      start: instantToMillis(interval.start),
      end: instantToMillis(interval.end),
    }))
    .sort(
      (a, b) =>
        a.start - b.start ||
        a.end - b.end ||
        compareStrings(a.interval.label ?? '', b.interval.label ?? '') ||
        compareStrings(
          [...a.interval.personIds].sort(compareStrings).join(),
          [...b.interval.personIds].sort(compareStrings).join(),
        ),
    );
  for (const { interval, start: startMillis, end: endMillis } of busy) {
    const start = millisToLocal(startMillis, round.zone);
    const end = millisToLocal(endMillis, round.zone);
    const endMinute = end.minute + (end.hasSeconds ? 1 : 0);
    const persons = [...new Set(interval.personIds)]
      .filter((person) => relevant.has(person))
      .sort(compareStrings);
    const teamMember = persons.find((person) => round.teamSet.has(person));
    const label = interval.label ?? 'busy';
    if (interval.countsTowardDailyLimit) {
      const day = round.dayIndexByDate.get(start.date);
      if (day !== undefined) round.book.addMeetings(day, 1);
    }
    const first = start.date < round.input.window.firstDate ? round.input.window.firstDate : start.date;
    const last = end.date > round.input.window.lastDate ? round.input.window.lastDate : end.date;
    for (let offset = 0; offset <= epochDay(last) - epochDay(first); offset++) {
      const date = addDays(first, offset);
      const day = round.dayIndexByDate.get(date);
      if (day === undefined) continue;
      let from = date === start.date ? start.minute : 0;
      let to = date === end.date ? endMinute : 24 * 60;
      // On the autumn night the wall clock repeats an hour; widen rather than miss an overlap.
      if (to < from) [from, to] = [Math.max(0, to - 60), Math.min(24 * 60, from + 60)];
      if (to <= from) continue;
      if (teamMember !== undefined) {
        round.book.reserveTeam(day, { start: from, end: to, owner: teamMember, label, municipalityIds: [] });
      }
      for (const person of persons) {
        if (round.teamSet.has(person)) continue;
        round.book.reservePerson(person, day, {
          start: from,
          end: to,
          owner: person,
          label,
          municipalityIds: [],
        });
      }
    }
  }
  for (const municipality of round.municipalities) reserveLastMeeting(round, municipality);
}

/** With a minimum gap of 0 days the next meeting may be the same day, but only after the last one ended. */
function reserveLastMeeting(round: PreparedRound, municipality: PreparedMunicipality): void {
  const lastEnd = municipality.lastMeetingEnd;
  if (round.config.minGapDays !== 0 || !lastEnd) return;
  const end = millisToLocal(instantToMillis(lastEnd), round.zone);
  const day = round.dayIndexByDate.get(end.date);
  if (day === undefined) return;
  const owner = lastMeetingOwner(municipality.id);
  round.book.reservePerson(owner, day, {
    start: 0,
    end: end.minute + (end.hasSeconds ? 1 : 0),
    owner,
    label: 'the last meeting with this municipality',
    municipalityIds: [],
  });
}
