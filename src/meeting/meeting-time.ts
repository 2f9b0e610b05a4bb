import { DateTime } from 'luxon';
import { DEFAULT_SCHEDULER_CONFIG } from '../round/scheduler/index.js';

/**
 * The longest meeting accepted: the default working day (09:00–16:00). The scheduler's working hours are the
 * single source of that figure, so a meeting the API accepts is one a round could also have planned.
 */
export const MAX_MEETING_MINUTES = minutesBetween(
  DEFAULT_SCHEDULER_CONFIG.workingHours.start,
  DEFAULT_SCHEDULER_CONFIG.workingHours.end,
);

function minutesBetween(start: string, end: string): number {
  const minutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return minutes(end) - minutes(start);
}

/**
 * An ISO 8601 date-time WITH an offset or Z (the DTOs refuse anything else), as an instant. Never read in the
 * server's zone.
 */
export function parseInstant(iso: string): Date {
  const parsed = DateTime.fromISO(iso, { setZone: true });
  if (!parsed.isValid) throw new Error(`Not an ISO 8601 instant: ${iso}`);
  return parsed.toJSDate();
}

/** The instant as wall-clock time in `zone`, with that zone's offset: `2026-03-30T10:00:00+02:00`. */
export function toLocalIso(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISO({ suppressMilliseconds: true, includeOffset: true })!;
}

/** The local date (`YYYY-MM-DD`) of the instant in `zone`. */
export function toLocalDate(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate()!;
}
