import { Injectable } from '@nestjs/common';
import { JobHandler, type JobResult } from '../jobs/job-handler.decorator.js';
import type { JobPayload } from '../jobs/job-map.js';
import { AgendaService } from './agenda.service.js';

/** Job documents/agenda.send: the participants get the agenda as it is when the job runs. */
@Injectable()
export class AgendaSendJob {
  constructor(private readonly agendas: AgendaService) {}

  @JobHandler('documents', 'agenda.send')
  handle({ meetingId, version }: JobPayload<'documents', 'agenda.send'>): Promise<JobResult> {
    return this.agendas.sendAgenda(meetingId, version);
  }
}
