import { Injectable } from '@nestjs/common';
import { JobHandler, type JobResult } from '../jobs/job-handler.decorator.js';
import type { JobPayload } from '../jobs/job-map.js';
import { InvitationSyncService } from './invitation-sync.service.js';

/** Job invitations/invitation.sync: brings the participants' calendars up to date with the meeting. */
@Injectable()
export class InvitationSyncJob {
  constructor(private readonly sync: InvitationSyncService) {}

  @JobHandler('invitations', 'invitation.sync')
  async handle({ meetingId, change }: JobPayload<'invitations', 'invitation.sync'>): Promise<JobResult> {
    const outcome = await this.sync.sync(meetingId, change);
    return outcome.result;
  }
}
