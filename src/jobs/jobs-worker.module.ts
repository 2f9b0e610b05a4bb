import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobHandlerRegistry } from './job-handler.registry.js';
import { JobSchedules } from './job-schedules.js';
import { JobWorkers } from './job-workers.js';
import { JobsModule } from './jobs.module.js';
import { OutboxRelay } from './outbox-relay.js';
import { QueueOwnership } from './queue-ownership.js';

/**
 * The worker role's part of jobs: the handler registry (refuses to start unless every job of JobMap has
 * exactly one @JobHandler), the schedulers of repeating jobs (@RepeatJob), the check that the queue prefix is this database's (QueueOwnership), one BullMQ
 * worker per queue, and the outbox relay.
 */
@Module({
  imports: [DiscoveryModule, JobsModule],
  providers: [QueueOwnership, JobHandlerRegistry, JobSchedules, JobWorkers, OutboxRelay],
})
export class JobsWorkerModule {}
