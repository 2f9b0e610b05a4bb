import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import {
  ListensToMeetingChanges,
  type MeetingChange,
  type MeetingChangeListener,
} from '../meeting/meeting-change.js';
import { MeetingReads } from '../meeting/reads/meeting-reads.js';
import { remindersOwed } from './reminder-schedule.js';
import { ReminderRepository } from './reminder.repository.js';

/**
 * Due times follow meeting changes in the change's transaction: a new time, place or status drops the unsent
 * reminders of the old version and computes the new version's (MEETING_REMINDER_OFFSETS before the start);
 * a cancellation drops them. Sent ones stay as history.
 */
@Injectable()
@ListensToMeetingChanges('reminders')
export class ReminderChangeListener implements MeetingChangeListener {
  constructor(
    private readonly repository: ReminderRepository,
    private readonly meetings: MeetingReads,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onMeetingsChanged(manager: EntityManager, changes: readonly MeetingChange[]): Promise<void> {
    const stale = changes.filter((change) => change.kind === 'rescheduled' || change.kind === 'cancelled');
    await this.repository.deleteUnsent(
      manager,
      stale.map((change) => change.meetingId),
    );
    const offsets = this.config.reminders.offsets;
    const current = changes.filter((change) => change.kind === 'created' || change.kind === 'rescheduled');
    if (offsets.length === 0 || current.length === 0) return;
    const meetings = await this.meetings.findPlacements([
      ...new Set(current.map((change) => change.meetingId)),
    ]);
    const now = new Date();
    await this.repository.insert(
      manager,
      meetings.flatMap((meeting) => remindersOwed(meeting, offsets, now)),
    );
  }
}
