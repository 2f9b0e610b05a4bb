import { Injectable } from '@nestjs/common';
import { JobHandler, type JobResult } from '../jobs/job-handler.decorator.js';
import type { JobPayload } from '../jobs/job-map.js';
import { AgendaDistribution } from './sending/agenda-distribution.js';

/** Job documents/agenda.send: the participants get the agenda as it is when the job runs. */
@Injectable()
export class AgendaJobs {
  constructor(private readonly distribution: AgendaDistribution) {}

  @JobHandler('documents', 'agenda.send')
  handle({ meetingId, version }: JobPayload<'documents', 'agenda.send'>): Promise<JobResult> {
    return this.distribution.send(meetingId, version);
  }
}
