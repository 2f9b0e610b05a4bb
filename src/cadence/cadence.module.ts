import { Module } from '@nestjs/common';
import { AgreementModule } from '../agreement/agreement.module.js';
import { MeetingModule } from '../meeting/meeting.module.js';
import { OrganizationModule } from '../organization/organization.module.js';
import { CadenceController } from './cadence.controller.js';
import { CadenceService } from './cadence.service.js';

@Module({
  imports: [AgreementModule, MeetingModule, OrganizationModule],
  controllers: [CadenceController],
  providers: [CadenceService],
  exports: [CadenceService],
})
export class CadenceModule {}
