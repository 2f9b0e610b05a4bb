import type { INestApplicationContext } from '@nestjs/common';
import type { MeetingChange } from '../../src/meeting/meeting-change';
import { MeetingChangeListeners } from '../../src/meeting/meeting-change-listeners';

/**
 * Every change batch the meeting change listeners heard, appended to `changes` after they heard it (a batch
 * whose listener threw is left out). The listeners still run.
 */
export function recordMeetingChanges(app: INestApplicationContext, changes: MeetingChange[]): void {
  const listeners = app.get(MeetingChangeListeners);
  const notify = listeners.notify.bind(listeners);
  jest.spyOn(listeners, 'notify').mockImplementation(async (manager, batch) => {
    await notify(manager, batch);
    changes.push(...batch);
  });
}
