import { Module } from '@nestjs/common';
import { RoundJobs } from './round.jobs.js';
import { RoundModule } from './round.module.js';

/** Planning large rounds in the background (worker role): the rounds/round.plan handler. */
@Module({
  imports: [RoundModule],
  providers: [RoundJobs],
})
export class RoundWorkerModule {}
