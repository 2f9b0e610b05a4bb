import type { EntityManager } from 'typeorm';

/**
 * Whether a meeting's papers are part of a closed record (the minutes locked with them listed): then they
 * are neither added nor removed. The minutes feature registers here at module init; the agenda asks
 * without depending on it (it depends on the agenda).
 */
export interface PaperRecordLock {
  isRecordLocked(manager: EntityManager, meetingId: string): Promise<boolean>;
}

export class PaperRecordLocks {
  private readonly locks: PaperRecordLock[] = [];

  register(lock: PaperRecordLock): void {
    this.locks.push(lock);
  }

  async isLocked(manager: EntityManager, meetingId: string): Promise<boolean> {
    for (const lock of this.locks) if (await lock.isRecordLocked(manager, meetingId)) return true;
    return false;
  }
}
