import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { CalendarFeedTokenEntity, type FeedKind } from './calendar-feed-token.entity.js';

export interface NewFeedToken {
  kind: FeedKind;
  subjectId: string;
  tokenHash: string;
  createdBy: string;
}

/** last_used_at is written at most this often per token: feeds are polled, and each poll is not news. */
const LAST_USED_RESOLUTION = '1 hour';

/** The only code that touches calendar_feed_tokens. */
@Injectable()
export class CalendarFeedRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, token: NewFeedToken): Promise<CalendarFeedTokenEntity> {
    const saved = await manager.save(CalendarFeedTokenEntity, manager.create(CalendarFeedTokenEntity, token));
    return saved;
  }

  /** Active tokens of one creator, newest first. */
  findActiveByCreator(createdBy: string): Promise<CalendarFeedTokenEntity[]> {
    return this.dataSource.manager.find(CalendarFeedTokenEntity, {
      where: { createdBy, revokedAt: IsNull() },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  countActiveByCreator(manager: EntityManager, createdBy: string): Promise<number> {
    return manager.countBy(CalendarFeedTokenEntity, { createdBy, revokedAt: IsNull() });
  }

  findById(manager: EntityManager, id: string): Promise<CalendarFeedTokenEntity | null> {
    return manager.findOne(CalendarFeedTokenEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByHash(tokenHash: string): Promise<CalendarFeedTokenEntity | null> {
    return this.dataSource.manager.findOneBy(CalendarFeedTokenEntity, { tokenHash });
  }

  async revoke(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.update(CalendarFeedTokenEntity, { id, revokedAt: IsNull() }, { revokedAt: at });
  }

  /** Stamps last_used_at unless it was stamped within the last hour (one write per hour at most). */
  async touch(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE calendar_feed_tokens SET last_used_at = now()
        WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - $2::interval)`,
      [id, LAST_USED_RESOLUTION],
    );
  }
}
