import type { EntityManager } from 'typeorm';

/**
 * What happened to a meeting, told to listeners inside the transaction that made the change, so the
 * consequences (invitation emails, reminders) commit or roll back with it.
 */
export type MeetingChange =
  | { kind: 'created'; meetingId: string }
  /** Time, place or status changed: the meeting's SEQUENCE rose by one. */
  | { kind: 'rescheduled'; meetingId: string; sequence: number }
  /** Title, description or other fields that do not raise SEQUENCE. */
  | { kind: 'details'; meetingId: string }
  | { kind: 'participants'; meetingId: string; addedPersonIds: string[]; removedPersonIds: string[] }
  | { kind: 'cancelled'; meetingId: string; sequence: number };

/**
 * Hears the changes of one transaction step together, so that a round confirming hundreds of meetings costs
 * a listener a few statements, not a few per meeting. A meeting may appear more than once (e.g. moved and
 * given new participants by one update), in the order the changes happened.
 */
export interface MeetingChangeListener {
  onMeetingsChanged(manager: EntityManager, changes: readonly MeetingChange[]): Promise<void>;
}

/**
 * Features that react to meeting changes (invitations, reminders, agendas) register here at module init;
 * the meeting feature calls them without depending on them.
 */
export class MeetingChangeListeners {
  private readonly listeners: MeetingChangeListener[] = [];

  register(listener: MeetingChangeListener): void {
    this.listeners.push(listener);
  }

  async notify(manager: EntityManager, changes: readonly MeetingChange[]): Promise<void> {
    if (changes.length === 0) return;
    for (const listener of this.listeners) await listener.onMeetingsChanged(manager, changes);
  }
}
