import { Module } from '@nestjs/common';
import { JobProducer } from './job-producer.js';
import { JobsHealthService } from './jobs-health.service.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxService } from './outbox.service.js';
import { QueueRegistry } from './queue-registry.js';

/**
 * Jobs in every role: the outbox (features enqueue in their transaction), the queues, the one producer,
 * and the figures for /health.
 */
@Module({
  providers: [QueueRegistry, JobProducer, OutboxRepository, OutboxService, JobsHealthService],
  exports: [QueueRegistry, JobProducer, OutboxService, OutboxRepository, JobsHealthService],
})
export class JobsModule {}
