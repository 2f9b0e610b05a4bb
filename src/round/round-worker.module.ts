import { Module } from '@nestjs/common';
import { RoundPlanJob } from './round-plan.job.js';
import { RoundModule } from './round.module.js';

/** Planning large rounds in the background (worker role): the rounds/round.plan handler. */
@Module({
  imports: [RoundModule],
  providers: [RoundPlanJob],
})
export class RoundWorkerModule {}
