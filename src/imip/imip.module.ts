import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module.js';
import { InvitationModule } from '../invitation/invitation.module.js';
import { InvitationService } from '../invitation/invitation.service.js';
import { ImipListener } from './imip-listener.js';
import { ImipReplyHandler } from './imip-reply.handler.js';
import { REPLY_RECORDER } from './reply-recorder.js';

/**
 * Inbound iMIP (worker role, only when IMIP_SMTP_PORT is set): the SMTP listener for REPLY emails to the
 * organizer address, recording answers through InvitationService.recordResponse.
 */
@Module({
  imports: [CalendarModule, InvitationModule],
  providers: [ImipListener, ImipReplyHandler, { provide: REPLY_RECORDER, useExisting: InvitationService }],
  exports: [ImipListener],
})
export class ImipModule {}
