import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { AuditService } from '../audit/audit.service.js';
import { PersonException } from '../person/person.exception.js';
import { PersonService } from '../person/person.service.js';
import { ErasureRepository, type ErasureCounts } from './erasure.repository.js';
import { PrivacyErrorCode, PrivacyException } from './privacy.exception.js';

/** The name an erased person goes by: the same for the same person, nothing of who they were. */
export function pseudonymOf(personId: string): string {
  return `Borttagen person ${personId.slice(0, 8)}`;
}

/**
 * Erasure (GDPR art. 17) within the Archives Act (docs/privacy.md): an admin erases a person's contact data,
 * login, sessions, links, calendar feeds and stored email bodies, and their name becomes a pseudonym
 * everywhere it is looked up; what is a public record (locked minutes, decisions, histories) keeps what it
 * said. Audited with the reason and counts.
 */
@Injectable()
export class ErasureService {
  constructor(
    private readonly repository: ErasureRepository,
    private readonly people: PersonService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionService,
  ) {}

  async erase(user: AuthenticatedUser, personId: string, reason: string): Promise<ErasureCounts> {
    if (personId === user.personId)
      throw new PrivacyException(PrivacyErrorCode.EraseSelf, 'You cannot erase your own data');
    const counts = await this.transactions.run(async (manager) => {
      const person = await this.repository.lock(personId);
      if (!person) throw PersonException.notFound();
      if (person.erasedAt)
        throw new PrivacyException(PrivacyErrorCode.AlreadyErased, "The person's data is already erased");
      if (person.roles.includes('admin') && !person.deletedAt)
        throw new PrivacyException(PrivacyErrorCode.EraseActiveAdmin, 'Remove the admin role first');
      const erased = await this.repository.erase(personId, pseudonymOf(personId));
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'person.erase',
        entityType: 'person',
        entityId: personId,
        organizationId: person.organizationId,
        after: { reason, ...erased },
      });
      return erased;
    });
    // Committed: the erased person's tokens stop working with their next request.
    this.people.forgetAuthenticatedUsers();
    return counts;
  }
}
