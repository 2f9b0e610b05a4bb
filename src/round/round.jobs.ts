import { Injectable } from '@nestjs/common';
import { JobHandler, type JobResult, RepeatJob } from '../jobs/job-handler.decorator.js';
import type { JobPayload } from '../jobs/job-map.js';
import { RoundConsultations } from './consultation/round-consultations.js';
import { QueuedRoundPlanning } from './planning/queued-round-planning.js';

export const ROUND_CONSULTATION_SCHEDULER_ID = 'round.consultation-scan';
const CONSULTATION_SCAN_MS = 15 * 60_000;

/**
 * Jobs rounds/*: plans a round queued by POST /api/rounds (skipped once it is no longer planning); a scan every
 * 15 minutes turns unanswered proposals whose time is over into accepted ones, a job per round.
 */
@Injectable()
export class RoundJobs {
  constructor(
    private readonly planning: QueuedRoundPlanning,
    private readonly consultations: RoundConsultations,
  ) {}

  @JobHandler('rounds', 'round.plan')
  handle({ roundId }: JobPayload<'rounds', 'round.plan'>): Promise<JobResult> {
    return this.planning.planQueued(roundId);
  }

  @JobHandler('rounds', 'round.consultation-scan')
  @RepeatJob(ROUND_CONSULTATION_SCHEDULER_ID, () => ({ every: CONSULTATION_SCAN_MS }))
  async scanConsultations(_payload: JobPayload<'rounds', 'round.consultation-scan'>): Promise<JobResult> {
    return (await this.consultations.scan()) > 0 ? 'done' : 'skipped';
  }

  @JobHandler('rounds', 'round.consultation-expire')
  expireConsultation({ roundId }: JobPayload<'rounds', 'round.consultation-expire'>): Promise<JobResult> {
    return this.consultations.expire(roundId);
  }
}
