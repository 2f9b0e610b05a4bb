import { Module } from '@nestjs/common';
import { InvitationSyncJob } from './invitation-sync.job.js';
import { InvitationModule } from './invitation.module.js';

/** Worker role: the invitations/invitation.sync handler. */
@Module({
  imports: [InvitationModule],
  providers: [InvitationSyncJob],
})
export class InvitationWorkerModule {}
