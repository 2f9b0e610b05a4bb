import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module.js';
import { InvitationModule } from '../invitation/invitation.module.js';
import { InvitationService } from '../invitation/invitation.service.js';
import { SubstituteService } from '../invitation/substitutes/substitute.service.js';
import { ImipListener } from './imip-listener.js';
import { ImipReplyHandler } from './imip-reply.handler.js';
import { REPLY_RECORDER, type ReplyRecorder } from './reply-recorder.js';

/**
 * Inbound iMIP (worker role, only when IMIP_SMTP_PORT is set): the SMTP listener for REPLY emails to the
 * organizer address, recording answers through InvitationService.recordResponse and delegations through
 * SubstituteService.delegate.
 */
@Module({
  imports: [CalendarModule, InvitationModule],
  providers: [
    ImipListener,
    ImipReplyHandler,
    {
      provide: REPLY_RECORDER,
      useFactory: (invitations: InvitationService, substitutes: SubstituteService): ReplyRecorder => ({
        recordResponse: (input) => invitations.recordResponse(input),
        delegate: async (input) => {
          const { status } = await substitutes.delegate(input);
          // recordRefused: a refused substitute comes back as delegation-refused, never as the refusal itself.
          return {
            status:
              status === 'substitute-not-found' || status === 'substitute-taking-part'
                ? 'delegation-refused'
                : status,
          };
        },
      }),
      inject: [InvitationService, SubstituteService],
    },
  ],
  exports: [ImipListener],
})
export class ImipModule {}
