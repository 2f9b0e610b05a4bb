import { Module } from '@nestjs/common';
import { InvitationJobs } from './invitation.jobs.js';
import { InvitationModule } from './invitation.module.js';

/** Worker role: the invitations/invitation.sync handler. */
@Module({
  imports: [InvitationModule],
  providers: [InvitationJobs],
})
export class InvitationWorkerModule {}
