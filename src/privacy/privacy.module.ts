import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { PersonModule } from '../person/person.module.js';
import { PersonalDataRepository } from './personal-data.repository.js';
import { PersonalDataService } from './personal-data.service.js';
import { PrivacyController } from './privacy.controller.js';

/** Personal data under the GDPR: a person's export (art. 15 and 20). */
@Module({
  imports: [AuditModule, PersonModule],
  controllers: [PrivacyController],
  providers: [PersonalDataRepository, PersonalDataService],
})
export class PrivacyModule {}
