import 'reflect-metadata';
import { Injectable, type Provider } from '@nestjs/common';
import { refusalToStart, startWithProviders } from '../common/testing/discovery-context';
import type { EntityManager } from 'typeorm';
import { ListensToMeetingChanges, type MeetingChange, type MeetingChangeListener } from './meeting-change';
import {
  MeetingChangeListenerRegistrationError,
  MeetingChangeListeners,
  orderListeners,
} from './meeting-change-listeners';

const heard: string[] = [];

function listenerClass(name: string): new () => MeetingChangeListener {
  class Listener implements MeetingChangeListener {
    onMeetingsChanged(_manager: EntityManager, changes: readonly MeetingChange[]): Promise<void> {
      heard.push(`${name}:${changes.map((change) => change.kind).join(',')}`);
      return Promise.resolve();
    }
  }
  return Listener;
}

@Injectable()
@ListensToMeetingChanges('reminders')
class Reminders extends listenerClass('reminders') {}

@Injectable()
@ListensToMeetingChanges('agenda')
class Agenda extends listenerClass('agenda') {}

@Injectable()
@ListensToMeetingChanges('invitations')
class Invitations extends listenerClass('invitations') {}

@Injectable()
@ListensToMeetingChanges('invitations')
class MoreInvitations extends listenerClass('more-invitations') {}

const start = (providers: Provider[]) => startWithProviders([MeetingChangeListeners, ...providers]);
const refusal = (providers: Provider[]) =>
  refusalToStart([MeetingChangeListeners, ...providers], MeetingChangeListenerRegistrationError);

describe('MeetingChangeListeners', () => {
  beforeEach(() => heard.splice(0));

  it('tells the listeners found at boot in MEETING_CHANGE_LISTENER_ORDER, whatever order they load in', async () => {
    const app = await start([Reminders, Invitations, Agenda]);
    try {
      const listeners = app.get(MeetingChangeListeners);
      expect(listeners.names()).toEqual(['agenda', 'invitations', 'reminders']);
      await listeners.notify({} as EntityManager, [{ kind: 'created', meetingId: 'm' }]);
      expect(heard).toEqual(['agenda:created', 'invitations:created', 'reminders:created']);
      await listeners.notify({} as EntityManager, []);
      expect(heard).toHaveLength(3);
    } finally {
      await app.close();
    }
  });

  it('refuses to start when a listener is missing (its module not loaded) or a name has two', async () => {
    expect((await refusal([Agenda, Invitations])).problems).toEqual([
      "'reminders' has no listener (is its module loaded?)",
    ]);
    expect((await refusal([Agenda, Invitations, MoreInvitations, Reminders])).problems).toEqual([
      "'invitations' has 2 listeners: Invitations, MoreInvitations",
    ]);
  });

  it('names a listener of an unknown name', () => {
    const listener = new Agenda();
    expect(() =>
      orderListeners(
        [
          { name: 'agenda', owner: 'Agenda', listener },
          { name: 'minutes', owner: 'Minutes', listener },
        ],
        ['agenda'],
      ),
    ).toThrow("Minutes listens as 'minutes', which is not in MEETING_CHANGE_LISTENER_ORDER");
  });
});
