import 'reflect-metadata';
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
 * The features that hear a meeting change, in the order they hear it: a new meeting gets its agenda first,
 * then its invitations are counted and queued, then its reminders computed. Each name has exactly one
 * listener, a provider marked `@ListensToMeetingChanges(name)`; the application refuses to start otherwise
 * (MeetingChangeListeners), so a listener whose module is not loaded, or two for one name, fail at boot.
 */
export const MEETING_CHANGE_LISTENER_ORDER = ['agenda', 'invitations', 'reminders'] as const;
export type MeetingChangeListenerName = (typeof MEETING_CHANGE_LISTENER_ORDER)[number];

export const MEETING_CHANGE_LISTENER_METADATA = 'samverkan:meeting-change-listener';

/** Marks a provider (a MeetingChangeListener) as the listener of one name of MEETING_CHANGE_LISTENER_ORDER. */
export function ListensToMeetingChanges(name: MeetingChangeListenerName) {
  return (target: abstract new (...args: never[]) => MeetingChangeListener): void => {
    Reflect.defineMetadata(MEETING_CHANGE_LISTENER_METADATA, name, target);
  };
}

export function meetingChangeListenerNameOf(type: unknown): string | undefined {
  if (typeof type !== 'function') return undefined;
  return Reflect.getMetadata(MEETING_CHANGE_LISTENER_METADATA, type) as string | undefined;
}
