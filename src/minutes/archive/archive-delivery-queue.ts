import { Injectable } from '@nestjs/common';
import { TransactionService } from '../../common/database/transaction.service.js';
import { jobIdFor } from '../../jobs/job-map.js';
import { OutboxService } from '../../jobs/outbox.service.js';

/** Queues a package's delivery through the outbox, in the locking transaction: one job per meeting and revision. */
@Injectable()
export class ArchiveDeliveryQueue {
  constructor(
    private readonly outbox: OutboxService,
    private readonly transactions: TransactionService,
  ) {}

  async queue(meetingId: string, revision: number): Promise<void> {
    await this.outbox.enqueue(
      this.transactions.manager,
      'documents',
      'archive.deliver',
      { meetingId, revision },
      { jobId: jobIdFor('archive.deliver', meetingId, String(revision)) },
    );
  }
}
