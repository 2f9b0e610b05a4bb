import { Module } from '@nestjs/common';
import { AgendaJobs } from './agenda.jobs.js';
import { AgendaModule } from './agenda.module.js';

/** Worker role: the documents/agenda.send handler. */
@Module({
  imports: [AgendaModule],
  providers: [AgendaJobs],
})
export class AgendaWorkerModule {}
