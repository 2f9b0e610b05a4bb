import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { OrganizationModule } from '../organization/organization.module.js';
import { SecrecyGroundController } from './secrecy-ground.controller.js';
import { SecrecyGroundRepository } from './secrecy-ground.repository.js';
import { SecrecyGroundService } from './secrecy-ground.service.js';

/** Secrecy grounds (OSL). Exports SecrecyGroundService: the check every restricted item passes. */
@Module({
  imports: [AuditModule, OrganizationModule],
  controllers: [SecrecyGroundController],
  providers: [SecrecyGroundRepository, SecrecyGroundService],
  exports: [SecrecyGroundService],
})
export class SecrecyModule {}
