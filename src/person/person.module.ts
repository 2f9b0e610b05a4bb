import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { OrganizationModule } from '../organization/organization.module.js';
import { MunicipalityContacts } from './municipality-contacts.js';
import { PasswordLinkRepository } from './password-link.repository.js';
import { PasswordService } from './password.service.js';
import { PersonController } from './person.controller.js';
import { PersonRepository } from './person.repository.js';
import { PersonService } from './person.service.js';

@Module({
  imports: [AuditModule, OrganizationModule, MailModule],
  controllers: [PersonController],
  providers: [PersonRepository, PasswordLinkRepository, PasswordService, PersonService, MunicipalityContacts],
  exports: [PersonService, MunicipalityContacts],
})
export class PersonModule {}
