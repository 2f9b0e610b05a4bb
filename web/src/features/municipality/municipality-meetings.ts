import type { MeetingQuery } from '../meetings/hooks/useMeetings';

const YEAR_MS = 365 * 86_400_000;

/**
 * The two meeting lists of a municipality's page: from now on (the next 20), and the twelve months before
 * (the API lists by start, oldest first; the page shows the past newest first). Rounded to the minute so
 * the query key stays the same between renders.
 */
export function meetingWindows(
  organizationId: string,
  now: Date,
): { upcoming: MeetingQuery; past: MeetingQuery } {
  const minute = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const yearAgo = new Date(minute.getTime() - YEAR_MS);
  return {
    upcoming: { organizationId, from: minute.toISOString(), limit: 20, offset: 0 },
    past: { organizationId, from: yearAgo.toISOString(), to: minute.toISOString(), limit: 100, offset: 0 },
  };
}
