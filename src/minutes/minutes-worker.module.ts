import { Module } from '@nestjs/common';
import { MinutesJobs } from './minutes.jobs.js';
import { MinutesModule } from './minutes.module.js';

/** Worker role: the documents/minutes.* handlers. */
@Module({
  imports: [MinutesModule],
  providers: [MinutesJobs],
})
export class MinutesWorkerModule {}
