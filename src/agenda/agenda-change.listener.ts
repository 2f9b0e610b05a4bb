import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MeetingChange, MeetingChangeListener } from '../meeting/meeting-change.js';
import { AgendaService } from './agenda.service.js';

/**
 * A new meeting gets its agenda from its round's template (or the default) in the transaction that creates
 * it. Other changes need nothing here: the proposal deadline follows the meeting's time when read.
 */
@Injectable()
export class AgendaChangeListener implements MeetingChangeListener {
  constructor(private readonly agendas: AgendaService) {}

  async onMeetingChanged(manager: EntityManager, change: MeetingChange): Promise<void> {
    if (change.kind === 'created') await this.agendas.createForMeeting(manager, change.meetingId);
  }
}
