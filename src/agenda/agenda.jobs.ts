import { Injectable } from '@nestjs/common';
import { JobHandler, type JobResult, RepeatJob } from '../jobs/job-handler.decorator.js';
import type { JobPayload } from '../jobs/job-map.js';
import { CallsForItems } from './calls/calls-for-items.js';
import { AgendaDistribution } from './sending/agenda-distribution.js';

export const AGENDA_CALL_FOR_ITEMS_SCHEDULER_ID = 'agenda.call-for-items-scan';
const CALL_FOR_ITEMS_SCAN_MS = 15 * 60_000;

/**
 * Jobs documents/agenda.*: the participants get the agenda as it is when the job runs; the municipalities are
 * called for agenda items (a scan every 15 minutes, a job per meeting).
 */
@Injectable()
export class AgendaJobs {
  constructor(
    private readonly distribution: AgendaDistribution,
    private readonly calls: CallsForItems,
  ) {}

  @JobHandler('documents', 'agenda.send')
  handle({ meetingId, version }: JobPayload<'documents', 'agenda.send'>): Promise<JobResult> {
    return this.distribution.send(meetingId, version);
  }

  @JobHandler('documents', 'agenda.call-for-items-scan')
  @RepeatJob(AGENDA_CALL_FOR_ITEMS_SCHEDULER_ID, () => ({ every: CALL_FOR_ITEMS_SCAN_MS }))
  async scanCalls(_payload: JobPayload<'documents', 'agenda.call-for-items-scan'>): Promise<JobResult> {
    return (await this.calls.scan()) > 0 ? 'done' : 'skipped';
  }

  @JobHandler('documents', 'agenda.call-for-items')
  callForItems({ meetingId, date }: JobPayload<'documents', 'agenda.call-for-items'>): Promise<JobResult> {
    return this.calls.call(meetingId, date);
  }
}
