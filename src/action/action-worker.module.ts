import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module.js';
import { ActionJobs } from './action.jobs.js';
import { ActionModule } from './action.module.js';

/** Worker role: action reminders and the weekly digest scheduler. */
@Module({
  imports: [ActionModule, JobsModule],
  providers: [ActionJobs],
})
export class ActionWorkerModule {}
