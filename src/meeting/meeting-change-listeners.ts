import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from 'typeorm';
import {
  MEETING_CHANGE_LISTENER_ORDER,
  type MeetingChange,
  type MeetingChangeListener,
  meetingChangeListenerNameOf,
} from './meeting-change.js';

/** A listener found on a provider. */
export interface FoundMeetingChangeListener {
  name: string;
  /** The class, for messages. */
  owner: string;
  listener: MeetingChangeListener;
}

/** The application's meeting-change listeners do not match MEETING_CHANGE_LISTENER_ORDER. */
export class MeetingChangeListenerRegistrationError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Meeting-change listeners do not match MEETING_CHANGE_LISTENER_ORDER:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    this.name = 'MeetingChangeListenerRegistrationError';
  }
}

/**
 * The listeners in the order given, one per name: lists every name without a listener, with two, and every
 * listener of a name not in the order, at once.
 */
export function orderListeners(
  found: readonly FoundMeetingChangeListener[],
  order: readonly string[] = MEETING_CHANGE_LISTENER_ORDER,
): FoundMeetingChangeListener[] {
  const problems = found
    .filter((entry) => !order.includes(entry.name))
    .map(
      (entry) => `${entry.owner} listens as '${entry.name}', which is not in MEETING_CHANGE_LISTENER_ORDER`,
    );
  const ordered: FoundMeetingChangeListener[] = [];
  for (const name of order) {
    const listeners = found.filter((entry) => entry.name === name);
    if (listeners.length === 0) problems.push(`'${name}' has no listener (is its module loaded?)`);
    else if (listeners.length > 1) {
      problems.push(
        `'${name}' has ${listeners.length} listeners: ${listeners.map((l) => l.owner).join(', ')}`,
      );
    } else ordered.push(listeners[0]);
  }
  if (problems.length > 0) throw new MeetingChangeListenerRegistrationError(problems);
  return ordered;
}

/**
 * Tells the listeners of the features that react to meeting changes (agendas, invitations, reminders), in
 * MEETING_CHANGE_LISTENER_ORDER, inside the transaction of the change. They are found among the providers
 * when the application starts (as job handlers are), so the meeting feature calls them without depending on
 * them, and the application refuses to start unless each name has exactly one.
 */
@Injectable()
export class MeetingChangeListeners implements OnModuleInit {
  private readonly logger = new Logger(MeetingChangeListeners.name);
  private listeners: FoundMeetingChangeListener[] = [];

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    this.listeners = orderListeners(this.discover());
    this.logger.log({ msg: 'meeting-change listeners registered', listeners: this.names() });
  }

  /** The listeners' names in the order they hear a change. */
  names(): string[] {
    return this.listeners.map((entry) => entry.name);
  }

  async notify(manager: EntityManager, changes: readonly MeetingChange[]): Promise<void> {
    if (changes.length === 0) return;
    for (const { listener } of this.listeners) await listener.onMeetingsChanged(manager, changes);
  }

  private discover(): FoundMeetingChangeListener[] {
    const found: FoundMeetingChangeListener[] = [];
    const seen = new Set<object>();
    for (const wrapper of this.discovery.getProviders()) {
      const name = meetingChangeListenerNameOf(wrapper.metatype);
      const instance: unknown = wrapper.instance;
      if (!name || !instance || typeof instance !== 'object' || seen.has(instance)) continue;
      seen.add(instance);
      const owner = instance.constructor.name;
      if (!wrapper.isDependencyTreeStatic()) {
        throw new MeetingChangeListenerRegistrationError([`${owner}: listeners must be singleton providers`]);
      }
      found.push({ name, owner, listener: instance as MeetingChangeListener });
    }
    return found;
  }
}
