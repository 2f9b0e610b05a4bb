import { Injectable } from '@nestjs/common';
import type { MeetingView } from '../../meeting/meeting.dto.js';
import { MeetingReads } from '../../meeting/reads/meeting-reads.js';
import { meetingTimes } from '../../meeting/reads/meeting-times.js';

/**
 * Where an item moved on (PATCH …/agenda-items/:id with moveToNextMeeting) lands: the earliest planned or
 * confirmed meeting of the meeting's municipalities after this one ends, other than this one; null when there
 * is none. The agenda's keepers read it on the agenda before they move anything.
 */
@Injectable()
export class NextMeeting {
  constructor(private readonly meetings: MeetingReads) {}

  async after(meeting: MeetingView): Promise<MeetingView | null> {
    const next = await this.meetings.findNextPlanned(
      meeting.organizations.map((organization) => organization.id),
      meetingTimes(meeting).endAt,
    );
    const [first] = [...next.values()]
      .filter((entry) => entry.meetingId !== meeting.id)
      .sort((a, b) => a.startAt.getTime() - b.startAt.getTime() || a.meetingId.localeCompare(b.meetingId));
    return first ? this.meetings.findById(first.meetingId) : null;
  }
}
