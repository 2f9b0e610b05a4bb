import { Module } from '@nestjs/common';
import { AgendaSendJob } from './agenda-send.job.js';
import { AgendaModule } from './agenda.module.js';

/** Worker role: the documents/agenda.send handler. */
@Module({
  imports: [AgendaModule],
  providers: [AgendaSendJob],
})
export class AgendaWorkerModule {}
