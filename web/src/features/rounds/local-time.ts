import { TIME_ZONE } from '../../shared/format';

/** "+01:00" for the offset of the zone at an instant ("GMT+01:00" from Intl; "GMT" is +00:00). */
function offsetAt(ms: number, timeZone: string): string {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(ms))
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return match ? `${match[1]}:${match[2] ?? '00'}` : '+00:00';
}

function offsetMinutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours, minutes] = offset.slice(1).split(':').map(Number);
  return sign * (hours * 60 + minutes);
}

/**
 * A wall-clock date and time in the business zone as ISO 8601 with its offset, e.g. 2027-01-12 + 13:00 →
 * 2027-01-12T13:00:00+01:00 (and +02:00 in summer), whatever the browser's own zone. The API takes this.
 */
export function localToIso(date: string, time: string, timeZone: string = TIME_ZONE): string {
  const wall = Date.parse(`${date}T${time}:00Z`);
  // The offset at the guessed instant, then again at the corrected one (settles across a DST change).
  let offset = offsetAt(wall, timeZone);
  offset = offsetAt(wall - offsetMinutes(offset) * 60_000, timeZone);
  return `${date}T${time}:00${offset}`;
}

/** The date (YYYY-MM-DD) and time (HH:mm) of the API's `startLocal`, already in the business zone. */
export function splitLocal(startLocal: string): { date: string; time: string } {
  return { date: startLocal.slice(0, 10), time: startLocal.slice(11, 16) };
}
