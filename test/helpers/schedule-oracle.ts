import Holidays from 'date-holidays';
import { DateTime } from 'luxon';

/**
 * An independent check of a stored round schedule against DESIGN.md's hard constraints. Written from the
 * design, not from the scheduler's code: its own great-circle distance, its own calendar, its own trips.
 */

export const ZONE = 'Europe/Stockholm';
export const WORK_START = 9 * 60;
export const WORK_END = 16 * 60;
const ROAD_FACTOR = 1.3;
const SPEED_KMH = 70;
const BUFFER_MINUTES = 15;
/** Default blackouts: summer and Christmas (MM-DD, inclusive). */
const BLACKOUTS = [
  ['07-01', '08-10'],
  ['12-22', '12-31'],
  ['01-01', '01-06'],
];

export interface Point {
  lat: number;
  lon: number;
}

export interface StoredMeeting {
  id: string;
  organizationId: string | null;
  start: Date;
  end: Date;
  personIds: string[];
  /** Whether the regional team travelled to the municipality's seat for it. */
  teamTravels: boolean;
  /** Part of the round under test (the others are meetings already in the system). */
  inRound: boolean;
}

export interface OracleContext {
  office: Point;
  seats: Record<string, Point>;
  team: string[];
  maxPerDay: number;
  window: { from: string; to: string };
  blockedDates: Record<string, string[]>;
  /** Local date before which a municipality may not meet again (last meeting's date + minimum gap). */
  earliestDate: Record<string, string>;
}

export function swedishDaysOff(year: number): Map<string, string> {
  const days = new Map<string, string>();
  for (const holiday of new Holidays('SE').getHolidays(year)) {
    // Public holidays, and midsommarafton, julafton and nyårsafton, which date-holidays types as bank.
    if (holiday.type === 'public' || holiday.type === 'bank')
      days.set(holiday.date.slice(0, 10), holiday.name);
  }
  return days;
}

export function kmBetween(a: Point, b: Point): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const h =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Minutes from one place to another: road distance at the average speed, plus a buffer; none within 0.5 km. */
export function travelMinutes(a: Point, b: Point): number {
  const km = kmBetween(a, b);
  return km < 0.5 ? 0 : Math.ceil(((km * ROAD_FACTOR) / SPEED_KMH) * 60) + BUFFER_MINUTES;
}

export function localOf(instant: Date): { date: string; minutes: number; weekday: number } {
  const local = DateTime.fromJSDate(instant, { zone: ZONE });
  return { date: local.toISODate()!, minutes: local.hour * 60 + local.minute, weekday: local.weekday };
}

function inBlackout(date: string): boolean {
  const monthDay = date.slice(5);
  return BLACKOUTS.some(([from, to]) => from <= monthDay && monthDay <= to);
}

/** Every broken hard constraint, as readable lines; empty when the schedule is valid. */
export function hardConstraintViolations(
  meetings: readonly StoredMeeting[],
  context: OracleContext,
): string[] {
  const problems: string[] = [];
  const team = new Set(context.team);
  const daysOff = new Map([
    ...swedishDaysOff(Number(context.window.from.slice(0, 4))),
    ...swedishDaysOff(Number(context.window.to.slice(0, 4))),
  ]);

  for (const meeting of meetings.filter((m) => m.inRound)) {
    const start = localOf(meeting.start);
    const end = localOf(meeting.end);
    const label = `${meeting.organizationId} ${start.date}`;
    if (start.date !== end.date) problems.push(`${label}: spans midnight`);
    if (start.minutes < WORK_START || end.minutes > WORK_END) problems.push(`${label}: outside 09:00–16:00`);
    if (start.weekday > 5) problems.push(`${label}: weekend`);
    if (daysOff.has(start.date)) problems.push(`${label}: holiday ${daysOff.get(start.date)}`);
    if (inBlackout(start.date)) problems.push(`${label}: blackout`);
    if (start.date < context.window.from || start.date > context.window.to)
      problems.push(`${label}: outside window`);
    const org = meeting.organizationId!;
    if ((context.blockedDates[org] ?? []).includes(start.date)) problems.push(`${label}: blocked date`);
    const earliest = context.earliestDate[org];
    if (earliest && start.date < earliest) problems.push(`${label}: before ${earliest} (minimum gap)`);
  }

  // Nobody in two meetings at once, the round's or those already in the system.
  const byPerson = new Map<string, StoredMeeting[]>();
  for (const meeting of meetings) {
    for (const person of meeting.personIds) byPerson.set(person, [...(byPerson.get(person) ?? []), meeting]);
  }
  for (const [person, list] of byPerson) {
    const sorted = [...list].sort((a, b) => a.start.getTime() - b.start.getTime());
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i].start < sorted[i - 1].end) {
        problems.push(`${person} double-booked: ${sorted[i - 1].id} and ${sorted[i].id}`);
      }
    }
  }

  // Per day, the team: at most N meetings, and an on-site trip (office → seats → office) inside working
  // hours, with the travel between stops, while no other meeting of the team falls inside the trip.
  const teamDays = new Map<string, StoredMeeting[]>();
  for (const meeting of meetings) {
    if (!meeting.personIds.some((person) => team.has(person))) continue;
    const date = localOf(meeting.start).date;
    teamDays.set(date, [...(teamDays.get(date) ?? []), meeting]);
  }
  for (const [date, list] of teamDays) {
    if (list.length > context.maxPerDay) problems.push(`${date}: ${list.length} team meetings`);
    const visits = list
      .filter((meeting) => meeting.teamTravels)
      .sort((a, b) => a.start.getTime() - b.start.getTime());
    if (visits.length === 0) continue;
    const seat = (meeting: StoredMeeting) => context.seats[meeting.organizationId!];
    const departure = new Date(
      visits[0].start.getTime() - travelMinutes(context.office, seat(visits[0])) * 60_000,
    );
    const last = visits[visits.length - 1];
    const back = new Date(last.end.getTime() + travelMinutes(seat(last), context.office) * 60_000);
    if (localOf(departure).date !== date || localOf(departure).minutes < WORK_START) {
      problems.push(`${date}: the trip leaves before 09:00`);
    }
    if (localOf(back).date !== date || localOf(back).minutes > WORK_END) {
      problems.push(`${date}: the trip returns after 16:00`);
    }
    for (let i = 1; i < visits.length; i++) {
      const gap = (visits[i].start.getTime() - visits[i - 1].end.getTime()) / 60_000;
      const needed = travelMinutes(seat(visits[i - 1]), seat(visits[i]));
      if (gap < needed) problems.push(`${date}: ${gap} min between stops, ${needed} needed`);
    }
    for (const other of list.filter((meeting) => !meeting.teamTravels)) {
      if (other.start < back && other.end > departure) problems.push(`${date}: ${other.id} during the trip`);
    }
  }
  return problems;
}
