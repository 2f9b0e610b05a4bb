import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { TransactionService } from '../../common/database/transaction.service.js';
import { MinutesAdjusterEntity, MinutesReviewEntity, MinutesRevisionEntity } from '../minutes.entity.js';
import { ArchivePackageEntity } from './archive-package.entity.js';

export type NewArchivePackage = Omit<
  ArchivePackageEntity,
  'id' | 'createdAt' | 'deliveryAttempts' | 'deliveryLastAttemptAt' | 'deliveryLastError' | 'deliveredAt'
>;

/** The approval trail's rows: the steps recorded as revisions, the submissions and the adjusters' decisions. */
export interface TrailRows {
  steps: MinutesRevisionEntity[];
  reviews: MinutesReviewEntity[];
  adjusters: MinutesAdjusterEntity[];
}

@Injectable()
export class ArchivePackageRepository {
  constructor(private readonly transactions: TransactionService) {}

  private get manager(): EntityManager {
    return this.transactions.manager;
  }

  async insert(row: NewArchivePackage): Promise<ArchivePackageEntity> {
    return this.manager.save(ArchivePackageEntity, this.manager.create(ArchivePackageEntity, row));
  }

  findByMeeting(meetingId: string): Promise<ArchivePackageEntity[]> {
    return this.manager.find(ArchivePackageEntity, { where: { meetingId }, order: { revision: 'DESC' } });
  }

  findOne(meetingId: string, revision: number): Promise<ArchivePackageEntity | null> {
    return this.manager.findOneBy(ArchivePackageEntity, { meetingId, revision });
  }

  /** The row locked for a delivery attempt: a second run of the job waits here, then finds it delivered. */
  findForUpdate(meetingId: string, revision: number): Promise<ArchivePackageEntity | null> {
    return this.manager.findOne(ArchivePackageEntity, {
      where: { meetingId, revision },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async save(row: ArchivePackageEntity): Promise<void> {
    await this.manager.save(ArchivePackageEntity, row);
  }

  async trail(meetingId: string): Promise<TrailRows> {
    const [steps, reviews, adjusters] = [
      await this.manager.find(MinutesRevisionEntity, {
        where: { meetingId, kind: In(['submit', 'lock', 'reopen']) },
        order: { createdAt: 'ASC', revision: 'ASC' },
      }),
      await this.manager.find(MinutesReviewEntity, { where: { meetingId }, order: { number: 'ASC' } }),
      await this.manager.find(MinutesAdjusterEntity, { where: { meetingId }, order: { decidedAt: 'ASC' } }),
    ];
    return { steps, reviews, adjusters };
  }
}
