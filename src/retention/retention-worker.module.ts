import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module.js';
import { RetentionRepository } from './retention.repository.js';
import { RetentionJobs } from './retention.jobs.js';
import { RetentionService } from './retention.service.js';

/** Worker role: retention (gallring), run daily by its scheduler. */
@Module({
  imports: [JobsModule],
  providers: [RetentionRepository, RetentionService, RetentionJobs],
})
export class RetentionWorkerModule {}
