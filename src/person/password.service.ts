import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import {
  generateOpaqueToken,
  hashOpaqueToken,
  isWellFormedOpaqueToken,
} from '../common/auth/opaque-token.js';
import { hashPassword } from '../common/auth/password.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { appLinks } from '../common/web/app-links.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { MailService } from '../mail/mail.service.js';
import type { PasswordLinkPurpose } from './password-link.entity.js';
import { PasswordLinkRepository } from './password-link.repository.js';
import type { Locale } from './person.entity.js';
import { PersonErrorCode, PersonException } from './person.exception.js';
import { PersonRepository } from './person.repository.js';

/** Who a password email goes to. */
interface PasswordOwner {
  id: string;
  name: string;
  email: string;
  locale: Locale;
}

/**
 * Passwords by emailed link (docs/adr/0010): the welcome email's set-password link, "forgot password" and
 * the email to the owner when a password they had changes. Links are single use and expire; only their
 * SHA-256 is stored. Using one sets the password and raises the person's credentials version, which ends
 * every session and token they had.
 */
@Injectable()
export class PasswordService implements OnModuleDestroy {
  private readonly logger = new Logger(PasswordService.name);
  /** Reset requests still being handled after their answer went out; awaited at shutdown. */
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly links: PasswordLinkRepository,
    private readonly people: PersonRepository,
    private readonly transactions: TransactionService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  /** In the caller's transaction: a new set-password link for a new person; returns its URL. */
  async issueSetLink(manager: EntityManager, personId: string): Promise<string> {
    return this.issue(manager, personId, 'set', this.config.auth.passwordLinks.setHours * 60);
  }

  /**
   * "Forgot password": emails a reset link when the address belongs to a person who may log in. Returns at
   * once whatever the address, and does the work after, so neither the answer nor its timing tells whether
   * the address is known.
   */
  requestReset(email: string): void {
    const work = this.sendResetLink(email.trim().toLowerCase())
      .catch((error: unknown) => this.logger.error({ err: error }, 'password reset request failed'))
      .finally(() => this.pending.delete(work));
    this.pending.add(work);
  }

  /** What the set-password page shows: the link's purpose and the address it is for. */
  async describeLink(token: string): Promise<{ purpose: PasswordLinkPurpose; email: string }> {
    const { link, person } = await this.usableLink(token);
    return { purpose: link.purpose, email: person.email };
  }

  /** Sets the password through a link: single use; ends every session and token of the person. */
  async setPasswordByLink(token: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    await this.transactions.run(async (manager) => {
      const { link, person } = await this.usableLink(token);
      const hadPassword = person.passwordHash !== null;
      person.passwordHash = passwordHash;
      person.credentialsVersion += 1;
      await this.people.save(person);
      await this.afterPasswordChange(manager, person, hadPassword);
      await this.audit.record(manager, {
        actorId: person.id,
        action: link.purpose === 'set' ? 'person.password_set' : 'person.password_reset',
        entityType: 'person',
        entityId: person.id,
        organizationId: person.organizationId,
        before: null,
        after: { passwordChanged: true, byLink: link.purpose },
      });
    });
  }

  /**
   * In the transaction of any password change: voids the person's unused links, and tells the owner when a
   * password they had was replaced (by them, by an admin or through a reset link).
   */
  async afterPasswordChange(
    manager: EntityManager,
    owner: PasswordOwner,
    hadPassword: boolean,
  ): Promise<void> {
    await this.links.voidUnused(owner.id);
    if (!hadPassword) return;
    await this.mail.queue(manager, {
      template: 'password-changed',
      to: { address: owner.email, name: owner.name, personId: owner.id, locale: owner.locale },
      data: {
        personName: owner.name,
        loginEmail: owner.email,
        changedAt: new Intl.DateTimeFormat(owner.locale === 'sv' ? 'sv-SE' : 'en-GB', {
          dateStyle: 'long',
          timeStyle: 'short',
          timeZone: this.config.timeZone,
        }).format(new Date()),
        forgotPasswordUrl: appLinks.forgotPassword(this.config.http.publicUrl),
      },
      related: { type: 'person', id: owner.id },
    });
  }

  private async sendResetLink(email: string): Promise<void> {
    const person = await this.people.findActiveWithOrganization({ email });
    if (!person?.loginEnabled) return;
    const validMinutes = this.config.auth.passwordLinks.resetMinutes;
    await this.transactions.run(async (manager) => {
      const resetUrl = await this.issue(manager, person.id, 'reset', validMinutes);
      await this.mail.queue(manager, {
        template: 'password-reset',
        to: { address: person.email, name: person.name, personId: person.id, locale: person.locale },
        data: { personName: person.name, resetUrl, validMinutes: String(validMinutes) },
        related: { type: 'person', id: person.id },
      });
    });
  }

  /** Only the newest link of a person works: issuing one voids the others. */
  private async issue(
    manager: EntityManager,
    personId: string,
    purpose: PasswordLinkPurpose,
    validMinutes: number,
  ): Promise<string> {
    await this.links.voidUnused(personId);
    const token = generateOpaqueToken();
    await this.links.insert({ tokenHash: hashOpaqueToken(token), personId, purpose, validMinutes });
    return appLinks.setPassword(this.config.http.publicUrl, token);
  }

  /** The link and its person; 404 when unknown, 410 when used, expired or its person may not log in. */
  private async usableLink(token: string) {
    if (!isWellFormedOpaqueToken(token)) throw linkNotFound();
    const link = await this.links.findByHash(hashOpaqueToken(token));
    if (!link) throw linkNotFound();
    const person = await this.people.findActiveWithPassword(link.personId);
    if (!link.usable || !person?.loginEnabled) {
      throw new PersonException(PersonErrorCode.PasswordLinkGone, 'The link has been used or has expired');
    }
    return { link, person };
  }
}

function linkNotFound(): PersonException {
  return new PersonException(PersonErrorCode.PasswordLinkNotFound, 'Unknown link');
}
