import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { JobHandlerRegistry } from './job-handler.registry.js';
import type { JobName, JobPayload, QueueName } from './job-map.js';
import { JobProducer } from './job-producer.js';

/**
 * Upserts the scheduler of every @RepeatJob handler when a worker starts: the same scheduler id from every
 * worker, so one tick a period however many run (the digest scan, the meeting reminders' scan).
 */
@Injectable()
export class JobSchedules implements OnApplicationBootstrap {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly producer: JobProducer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const handler of this.registry.repeating()) {
      const queue = handler.queue as QueueName;
      await this.producer.upsertScheduler(
        queue,
        handler.name as JobName<typeof queue>,
        handler.repeat!.schedulerId,
        handler.repeat!.schedule(this.config),
        {} as JobPayload<typeof queue, JobName<typeof queue>>,
      );
    }
  }
}
