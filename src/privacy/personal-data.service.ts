import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { PersonException } from '../person/person.exception.js';
import { PersonService } from '../person/person.service.js';
import type { GuestPersonalDataView, PersonalDataView } from './personal-data.dto.js';
import { renderGuestPersonalDataPdf, renderPersonalDataPdf } from './personal-data-document.js';
import { PersonalDataRepository } from './personal-data.repository.js';

/**
 * A person's data (GDPR articles 15 and 20): an admin exports anyone in their scope (others answer 404), and
 * everyone exports their own. Every export is audited.
 */
@Injectable()
export class PersonalDataService {
  constructor(
    private readonly repository: PersonalDataRepository,
    private readonly people: PersonService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** For an admin: a person they may see; anyone else answers PERSON_NOT_FOUND. */
  async forPerson(user: AuthenticatedUser, personId: string): Promise<PersonalDataView> {
    await this.people.findVisibleById(user, personId);
    return this.export(user, personId);
  }

  forSelf(user: AuthenticatedUser): Promise<PersonalDataView> {
    return this.export(user, user.personId);
  }

  /** The same data as a readable PDF/A document in the caller's language; `personId` null for their own. */
  async pdf(
    user: AuthenticatedUser,
    personId: string | null,
  ): Promise<{ filename: string; content: Buffer }> {
    const data = personId === null ? await this.forSelf(user) : await this.forPerson(user, personId);
    const content = await renderPersonalDataPdf(data, user.locale, this.config.timeZone);
    return { filename: `personuppgifter-${data.generatedAt.slice(0, 10)}.pdf`, content };
  }

  /**
   * For an admin: what is held about a guest (issue 17), found by the email they were invited with, one
   * record per meeting; empty when nothing is. Each record's export is audited as a person's is.
   */
  async forGuest(user: AuthenticatedUser, email: string): Promise<GuestPersonalDataView> {
    const guests = await this.snapshot(async () => {
      const found = [];
      for (const id of await this.repository.guestIds(email)) {
        const data = await this.repository.read(id);
        if (data) found.push(data);
      }
      return found;
    });
    await this.audited(user, guests);
    return { generatedAt: new Date().toISOString(), email, guests };
  }

  /** The guest's export as one readable PDF/A document (every meeting) in the caller's language; audited the same. */
  async guestPdf(user: AuthenticatedUser, email: string): Promise<{ filename: string; content: Buffer }> {
    const data = await this.forGuest(user, email);
    const content = await renderGuestPersonalDataPdf(data, user.locale, this.config.timeZone);
    return { filename: `personuppgifter-gast-${data.generatedAt.slice(0, 10)}.pdf`, content };
  }

  private async export(user: AuthenticatedUser, personId: string): Promise<PersonalDataView> {
    const data = await this.snapshot(() => this.repository.read(personId));
    if (!data) throw PersonException.notFound();
    await this.audited(user, [data]);
    return { generatedAt: new Date().toISOString(), ...data };
  }

  /** One snapshot: every section as of the same moment. */
  private snapshot<T>(read: () => Promise<T>): Promise<T> {
    return this.transactions.run(async (manager) => {
      await manager.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      return read();
    });
  }

  private audited(user: AuthenticatedUser, exported: ReadonlyArray<Pick<PersonalDataView, 'person'>>) {
    if (exported.length === 0) return Promise.resolve();
    return this.transactions.run((manager) =>
      this.audit.recordMany(
        manager,
        exported.map(({ person }) => ({
          actorId: user.personId,
          action: 'person.export',
          entityType: 'person',
          entityId: person.id,
          organizationId: person.organization.id,
        })),
      ),
    );
  }
}
