import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { AuditService } from '../audit/audit.service.js';
import { PersonException } from '../person/person.exception.js';
import { PersonService } from '../person/person.service.js';
import type { EntityManager } from 'typeorm';
import { type ErasureCandidate, ErasureRepository, type ErasureCounts } from './erasure.repository.js';
import type { GuestErasureView } from './personal-data.dto.js';
import { PrivacyErrorCode, PrivacyException } from './privacy.exception.js';
import { pseudonymOf } from './pseudonym.js';

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
      return this.eraseOne(manager, user, person, reason);
    });
    // Committed: the erased person's tokens stop working with their next request.
    this.people.forgetAuthenticatedUsers();
    return counts;
  }

  /**
   * A guest's erasure (issue 17), found by the email they were invited with: every guest record of that
   * address (one per meeting) is erased as a person is, each audited with the reason; none answers
   * GUEST_NOT_FOUND. A guest never signs in, so no session needs forgetting.
   */
  async eraseGuest(user: AuthenticatedUser, email: string, reason: string): Promise<GuestErasureView> {
    return this.transactions.run(async (manager) => {
      const guests = await this.repository.lockGuests(email);
      if (guests.length === 0)
        throw new PrivacyException(PrivacyErrorCode.GuestNotFound, 'No guest was invited with this email');
      let total: ErasureCounts | null = null;
      for (const guest of guests) {
        const counts = await this.eraseOne(manager, user, guest, reason);
        total = total === null ? counts : sumOf(total, counts);
      }
      return { guests: guests.length, ...total! };
    });
  }

  private async eraseOne(
    manager: EntityManager,
    user: AuthenticatedUser,
    person: ErasureCandidate,
    reason: string,
  ): Promise<ErasureCounts> {
    const erased = await this.repository.erase(person.id, pseudonymOf(person.id));
    await this.audit.record(manager, {
      actorId: user.personId,
      action: 'person.erase',
      entityType: 'person',
      entityId: person.id,
      organizationId: person.organizationId,
      after: { reason, ...erased },
    });
    return erased;
  }
}

function sumOf(a: ErasureCounts, b: ErasureCounts): ErasureCounts {
  const sum = { ...a };
  for (const kind of Object.keys(b) as Array<keyof ErasureCounts>) sum[kind] += b[kind];
  return sum;
}
