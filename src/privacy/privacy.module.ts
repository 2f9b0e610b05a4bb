import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { PersonModule } from '../person/person.module.js';
import { ErasureRepository } from './erasure.repository.js';
import { ErasureService } from './erasure.service.js';
import { PersonalDataRepository } from './personal-data.repository.js';
import { PersonalDataService } from './personal-data.service.js';
import { PrivacyController } from './privacy.controller.js';

/** Personal data under the GDPR: a person's export (art. 15 and 20) and erasure (art. 17). */
@Module({
  imports: [AuditModule, PersonModule],
  controllers: [PrivacyController],
  providers: [PersonalDataRepository, PersonalDataService, ErasureRepository, ErasureService],
})
export class PrivacyModule {}
