import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { OrganizationModule } from '../organization/organization.module.js';
import { StrategyAreaController } from './strategy-area.controller.js';
import { StrategyAreaRepository } from './strategy-area.repository.js';
import { StrategyAreaService } from './strategy-area.service.js';

/** Strategy areas (RUS-områden). Exports StrategyAreaService: assertUsable for new links, names for views. */
@Module({
  imports: [AuditModule, OrganizationModule],
  controllers: [StrategyAreaController],
  providers: [StrategyAreaRepository, StrategyAreaService],
  exports: [StrategyAreaService],
})
export class StrategyAreaModule {}
