import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { OrganizationModule } from '../organization/organization.module.js';
import { PersonModule } from '../person/person.module.js';
import { AgreementController } from './agreement.controller.js';
import { AgreementRepository } from './agreement.repository.js';
import { AgreementService } from './agreement.service.js';

@Module({
  imports: [AuditModule, OrganizationModule, PersonModule],
  controllers: [AgreementController],
  providers: [AgreementRepository, AgreementService],
  exports: [AgreementService],
})
export class AgreementModule {}
