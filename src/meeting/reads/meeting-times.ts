import type { MeetingView } from '../meeting.dto.js';
import type { MeetingSnapshot } from './meeting-snapshots.js';

/** When a meeting takes place, as instants: what rules compute with (deadlines, reminders, "when" in emails). */
export type MeetingTimes = Pick<MeetingSnapshot, 'startAt' | 'endAt'>;

/**
 * The instants of a meeting, read from the snapshot (the read model: Dates already) or from the API's view
 * that agendas and minutes hold where they also answer with it (ISO strings made by MeetingViews from these
 * very Dates). The one place outside the meeting feature's reads where a meeting's strings become Dates, so
 * the agenda's and the minutes' rules take MeetingTimes and never parse a view themselves.
 */
export function meetingTimes(meeting: MeetingInstants): MeetingTimes {
  return { startAt: new Date(meeting.startAt), endAt: new Date(meeting.endAt) };
}

/** A meeting's instants in either shape: the read model's Dates or the API view's strings. */
export type MeetingInstants = MeetingTimes | Pick<MeetingView, 'startAt' | 'endAt'>;
