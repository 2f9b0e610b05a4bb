import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { jobIdFor } from '../jobs/job-map.js';
import { OutboxService } from '../jobs/outbox.service.js';
import {
  ListensToMeetingChanges,
  type MeetingChange,
  type MeetingChangeListener,
} from '../meeting/meeting-change.js';
import { InvitationRepository } from './invitation.repository.js';

/**
 * Meetings per invitation.sync job: a transaction of a few statements renders about 60 emails, and the first
 * of a round commit (and go out) soon.
 */
export const MEETINGS_PER_SYNC_JOB = 10;

/**
 * Reacts to meeting changes inside the transaction that makes them: withdraws the RSVP links of removed
 * people (all of them on cancellation) at once, counts each meeting's change, and writes invitation.sync jobs
 * (MEETINGS_PER_SYNC_JOB meetings each), due after INVITATION_DEBOUNCE_MS, to the outbox. Nothing is rendered
 * here: the job renders each meeting as it is when it runs, and only for the latest change of that meeting
 * (see InvitationSyncService).
 */
@Injectable()
@ListensToMeetingChanges('invitations')
export class InvitationChangeListener implements MeetingChangeListener {
  constructor(
    private readonly repository: InvitationRepository,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onMeetingsChanged(manager: EntityManager, changes: readonly MeetingChange[]): Promise<void> {
    const meetingIds = new Set<string>();
    for (const change of changes) {
      switch (change.kind) {
        // Title or description alone: no calendar message (SEQUENCE did not rise); the next one carries them.
        case 'details':
          continue;
        case 'participants':
          await this.repository.revoke(manager, change.meetingId, change.removedPersonIds);
          break;
        case 'cancelled':
          await this.repository.revoke(manager, change.meetingId, 'all');
          break;
        case 'created':
        case 'rescheduled':
          break;
      }
      meetingIds.add(change.meetingId);
    }
    // One job per meeting however many of its changes came together (the job renders the meeting as it is),
    // and meetings announced together share jobs: a confirmed round is synced in a few transactions.
    const numbers = [...(await this.repository.nextChanges(manager, [...meetingIds]))];
    const runAt = new Date(Date.now() + this.config.invitations.debounceMs);
    const jobs = [];
    for (let start = 0; start < numbers.length; start += MEETINGS_PER_SYNC_JOB) {
      const meetings = numbers
        .slice(start, start + MEETINGS_PER_SYNC_JOB)
        .map(([meetingId, change]) => ({ meetingId, change }));
      jobs.push({
        payload: { meetings },
        placement: {
          // The first meeting's change number is its own: no other job carries it.
          jobId: jobIdFor('invitation.sync', meetings[0].meetingId, String(meetings[0].change)),
          runAt,
        },
      });
    }
    await this.outbox.enqueueMany(manager, 'invitations', 'invitation.sync', jobs);
  }
}
