import { Injectable } from '@nestjs/common';
import { JobHandler, type JobResult } from '../jobs/job-handler.decorator.js';
import type { JobPayload } from '../jobs/job-map.js';
import { InvitationSyncService } from './invitation-sync.service.js';

/** Job invitations/invitation.sync: brings the participants' calendars up to date with the meetings. */
@Injectable()
export class InvitationJobs {
  constructor(private readonly sync: InvitationSyncService) {}

  @JobHandler('invitations', 'invitation.sync')
  async handle({ meetings }: JobPayload<'invitations', 'invitation.sync'>): Promise<JobResult> {
    try {
      const outcomes = await this.sync.syncMany(meetings);
      return outcomes.some((outcome) => outcome.result === 'done') ? 'done' : 'skipped';
    } catch (error) {
      if (meetings.length === 1) throw error;
      // One meeting that cannot be synced must not hold back the others: each on its own, then the first
      // error, for a retry (the meetings synced meanwhile then find nothing to send).
      const failures: Error[] = [];
      for (const meeting of meetings) {
        try {
          await this.sync.syncMany([meeting]);
        } catch (single) {
          failures.push(single instanceof Error ? single : new Error(String(single)));
        }
      }
      if (failures.length > 0) throw failures[0];
      return 'done';
    }
  }
}
