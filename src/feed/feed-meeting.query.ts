import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MeetingEntity } from '../meeting/meeting.entity.js';

export interface FeedWindow {
  from: Date;
  to: Date;
}

/** A feed never grows past this many events; the window makes it unlikely to matter. */
export const MAX_FEED_EVENTS = 2000;

/**
 * Read-only: the meetings a feed shows. The meetings feature exposes no such read yet.
 * TODO(#4): move into MeetingReads (e.g. `findForPersonInWindow`) once the meetings API offers it.
 */
@Injectable()
export class FeedMeetingQuery {
  constructor(private readonly dataSource: DataSource) {}

  /** Meetings the person takes part in (not removed), cancelled ones included, overlapping the window. */
  findForPerson(personId: string, window: FeedWindow): Promise<MeetingEntity[]> {
    return this.base(window)
      .andWhere(
        `EXISTS (SELECT 1 FROM meeting_participants participant
                  WHERE participant.meeting_id = meeting.id
                    AND participant.person_id = :personId
                    AND participant.removed_at IS NULL)`,
        { personId },
      )
      .getMany();
  }

  /**
   * Meetings with the organization (meeting_organizations); for a region also every meeting it runs.
   * Cancelled ones included.
   */
  findForOrganization(organizationId: string, window: FeedWindow): Promise<MeetingEntity[]> {
    return this.base(window)
      .andWhere(
        `(meeting.regionId = :organizationId OR EXISTS (
            SELECT 1 FROM meeting_organizations link
             WHERE link.meeting_id = meeting.id AND link.organization_id = :organizationId))`,
        { organizationId },
      )
      .getMany();
  }

  private base(window: FeedWindow) {
    return this.dataSource
      .getRepository(MeetingEntity)
      .createQueryBuilder('meeting')
      .where('meeting.endAt > :from AND meeting.startAt < :to', { from: window.from, to: window.to })
      .orderBy('meeting.startAt', 'ASC')
      .addOrderBy('meeting.id', 'ASC')
      .limit(MAX_FEED_EVENTS);
  }
}
