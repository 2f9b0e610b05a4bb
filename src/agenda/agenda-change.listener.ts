import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  ListensToMeetingChanges,
  type MeetingChange,
  type MeetingChangeListener,
} from '../meeting/meeting-change.js';
import { AgendaStore } from './agenda-store.js';

/**
 * New meetings get their agendas from its round's template (or the default) in the transaction that creates
 * them. Other changes need nothing here: the proposal deadline follows the meeting's time when read.
 */
@Injectable()
@ListensToMeetingChanges('agenda')
export class AgendaChangeListener implements MeetingChangeListener {
  constructor(private readonly agendas: AgendaStore) {}

  async onMeetingsChanged(manager: EntityManager, changes: readonly MeetingChange[]): Promise<void> {
    const created = changes.filter((change) => change.kind === 'created').map((change) => change.meetingId);
    await this.agendas.createForMeetings(manager, created);
  }
}
