import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module.js';
import { ReminderJobs } from './reminder.jobs.js';
import { ReminderModule } from './reminder.module.js';

/** Worker role: the reminder scheduler and the reminder.send handler (queue `reminders`). */
@Module({
  imports: [ReminderModule, JobsModule],
  providers: [ReminderJobs],
})
export class ReminderWorkerModule {}
