import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { jobIdFor } from '../../jobs/job-map.js';
import { OutboxService } from '../../jobs/outbox.service.js';
import type { AgendaEntity } from '../agenda.entity.js';
import { AgendaRepository } from '../agenda.repository.js';

/** When the agenda goes out (job documents/agenda.send): at publication, then after each burst of changes. */
@Injectable()
export class AgendaSendQueue {
  constructor(
    private readonly repository: AgendaRepository,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** What the agenda shows changed: a new version, sent after a quiet period once the agenda is published. */
  async changed(manager: EntityManager, agenda: AgendaEntity): Promise<void> {
    const version = await this.repository.markChanged(manager, agenda);
    if (agenda.publishedAt) {
      await this.schedule(
        manager,
        agenda.meetingId,
        version,
        new Date(Date.now() + this.config.agenda.debounceMs),
      );
    }
  }

  async schedule(manager: EntityManager, meetingId: string, version: number, runAt: Date): Promise<void> {
    await this.outbox.enqueue(
      manager,
      'documents',
      'agenda.send',
      { meetingId, version },
      { jobId: jobIdFor('agenda.send', meetingId, String(version)), runAt },
    );
  }
}
