import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PaperRecordLock } from '../../agenda/papers/paper-record-locks.js';
import { MinutesRepository } from '../minutes.repository.js';

/**
 * Locked minutes list their meeting's papers (name, size, SHA-256 in the PDF): until the minutes are
 * reopened, no paper of that meeting is added or removed (409 PAPER_MINUTES_LOCKED).
 */
@Injectable()
export class MinutesPaperLock implements PaperRecordLock {
  constructor(private readonly repository: MinutesRepository) {}

  async isRecordLocked(manager: EntityManager, meetingId: string): Promise<boolean> {
    return (await this.repository.findByMeeting(meetingId))?.status === 'locked';
  }
}
