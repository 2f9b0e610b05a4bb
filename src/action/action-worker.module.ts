import { Module } from '@nestjs/common';
import { ActionJobs } from './action.jobs.js';
import { ActionModule } from './action.module.js';

/** Worker role: action reminders and the weekly digest scheduler. */
@Module({
  imports: [ActionModule],
  providers: [ActionJobs],
})
export class ActionWorkerModule {}
