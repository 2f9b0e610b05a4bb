import { Injectable } from '@nestjs/common';
import { JobHandler, type JobResult } from '../jobs/job-handler.decorator.js';
import type { JobPayload } from '../jobs/job-map.js';
import { RoundService } from './round.service.js';

/** Plans a round queued by POST /api/rounds (job rounds/round.plan); skipped once it is no longer planning. */
@Injectable()
export class RoundJobs {
  constructor(private readonly rounds: RoundService) {}

  @JobHandler('rounds', 'round.plan')
  handle({ roundId }: JobPayload<'rounds', 'round.plan'>): Promise<JobResult> {
    return this.rounds.planQueued(roundId);
  }
}
