import { Module } from '@nestjs/common';
import { OrganizationModule } from '../organization/organization.module.js';
import { OverviewController } from './overview.controller.js';
import { OverviewRepository } from './overview.repository.js';
import { OverviewService } from './overview.service.js';

/** The county overview and each municipality's own view (read model, docs/adr/0009). */
@Module({
  imports: [OrganizationModule],
  controllers: [OverviewController],
  providers: [OverviewRepository, OverviewService],
  exports: [OverviewService],
})
export class OverviewModule {}
