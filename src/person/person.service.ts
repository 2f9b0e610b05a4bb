import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthenticatedPerson, AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { AuthenticatedUserCache } from '../common/auth/authenticated-user-cache.js';
import { hashPassword } from '../common/auth/password.js';
import { TenantScope } from '../common/auth/tenant-scope.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { ForbiddenError } from '../common/errors/domain-error.js';
import type { Page } from '../common/validation/zod-dto.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { MailService } from '../mail/mail.service.js';
import { regionOf } from '../organization/organization-region.js';
import type { OrganizationView } from '../organization/organization.dto.js';
import type { OrganizationKind } from '../organization/organization.entity.js';
import { OrganizationService } from '../organization/organization.service.js';
import {
  assertMayCreatePeople,
  assertMaySetPassword,
  assertMayUpdate,
  assertRolesAllowed,
  isActiveAdmin,
  mayManage,
} from './person-policy.js';
import type { CreatePersonInput, PersonFilter, PersonView, UpdatePersonInput } from './person.dto.js';
import type { Locale, PersonEntity, PersonRole } from './person.entity.js';
import { PersonErrorCode, PersonException } from './person.exception.js';
import type { PasswordLinkPurpose } from './password-link.entity.js';
import { PasswordService } from './password.service.js';
import { type PersonCredentials, PersonRepository } from './person.repository.js';

@Injectable()
export class PersonService {
  constructor(
    private readonly repository: PersonRepository,
    private readonly organizations: OrganizationService,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly passwords: PasswordService,
  ) {
    this.authenticatedUsers = new AuthenticatedUserCache(config.auth.userCacheMs);
  }

  /** Callers behind tokens, kept for a moment; emptied by every change to a person (update, delete). */
  private readonly authenticatedUsers: AuthenticatedUserCache<AuthenticatedPerson>;

  async list(user: AuthenticatedUser, filter: PersonFilter): Promise<Page<PersonView>> {
    const page = await this.repository.findPage(TenantScope.of(user), filter);
    return { ...page, items: page.items.map(toPersonView) };
  }

  /** The person if not deleted and the caller may see them; otherwise PERSON_NOT_FOUND, as for a missing id. */
  async findVisibleById(user: AuthenticatedUser, id: string): Promise<PersonView> {
    const person = await this.repository.findVisibleById(TenantScope.of(user), id);
    if (!person) throw PersonException.notFound();
    return toPersonView(person);
  }

  /**
   * People not deleted, without access checks: for workers and for features that checked scope already.
   * Inside a transaction pass its manager, or the read takes a second pool connection.
   */
  async findByIds(ids: readonly string[]): Promise<PersonView[]> {
    return (await this.repository.findByIds(ids)).map(toPersonView);
  }

  /** Without access checks: members and guests of meetings, for names and the people a meeting names. */
  async findByIdsWithGuests(ids: readonly string[]): Promise<Array<PersonView & { guest: boolean }>> {
    return (await this.repository.findByIdsWithGuests(ids)).map((person) => ({
      ...toPersonView(person),
      guest: person.guestMeetingId !== null,
    }));
  }

  /**
   * A guest of one meeting (issue 17): a person known by name and email only, who never signs in and is in
   * no list of people. Belongs to the meeting's region for the foreign key only. The same email on the same
   * meeting is the same guest (their name updated), so a removed guest invited again keeps their history.
   * Without access checks: MeetingChanges checked the caller may change the meeting, in this transaction.
   */
  async upsertGuest(
    meeting: { id: string; regionId: string },
    input: { name: string; email: string; locale: Locale },
  ): Promise<string> {
    const email = input.email.trim().toLowerCase();
    return this.transactions.run(async () => {
      const existing = await this.repository.findGuestForUpdate(meeting.id, email);
      if (existing) {
        existing.name = input.name;
        existing.locale = input.locale;
        return (await this.repository.save(existing)).id;
      }
      const created = await this.repository.insert({
        organizationId: meeting.regionId,
        guestMeetingId: meeting.id,
        name: input.name,
        email,
        title: null,
        phone: null,
        roles: [],
        locale: input.locale,
        loginEnabled: false,
        passwordHash: null,
      });
      return created.id;
    });
  }

  /**
   * Without access checks: where these people belong, for deciding who may be invited to a meeting. A guest's
   * `guestMeetingId` is the one meeting they were invited to; deleted people are left out.
   */
  async findMemberships(ids: readonly string[]): Promise<PersonMembership[]> {
    return (await this.repository.findByIdsWithGuests(ids)).map((person) => ({
      id: person.id,
      organizationId: person.organizationId,
      guestMeetingId: person.guestMeetingId,
    }));
  }

  /**
   * The people of these organizations (not deleted), by name, at most `limit`, without access checks: for
   * features that checked scope already (the minutes' adjusters).
   */
  async findByOrganizations(organizationIds: readonly string[], limit: number): Promise<PersonView[]> {
    return (await this.repository.findByOrganizations(organizationIds, limit)).map(toPersonView);
  }

  /**
   * The people of an organization who can stand in for one another (not deleted, not erased, not one-off
   * guests), by name;
   * without access checks, for features that checked scope already (a substitute's colleagues).
   */
  async findColleagues(organizationId: string): Promise<PersonView[]> {
    return (await this.repository.findActiveByOrganization(organizationId)).map(toPersonView);
  }

  /** For AuthService only: nothing else reads password hashes. */
  findCredentialsByEmail(email: string): Promise<PersonCredentials | null> {
    return this.repository.findCredentialsByEmail(email.trim().toLowerCase());
  }

  /**
   * The caller behind a verified token: null when deleted, unknown or not allowed to log in. Kept for
   * AUTH_USER_CACHE_MS (AuthenticatedUserCache); a change through update() or delete() is seen at once.
   */
  findAuthenticatedUser(where: { id: string } | { email: string }): Promise<AuthenticatedPerson | null> {
    const key = 'email' in where ? { email: where.email.trim().toLowerCase() } : where;
    const cacheKey = 'email' in key ? `email:${key.email}` : `id:${key.id}`;
    return this.authenticatedUsers.get(cacheKey, () => this.loadAuthenticatedUser(key));
  }

  private async loadAuthenticatedUser(
    key: { id: string } | { email: string },
  ): Promise<AuthenticatedPerson | null> {
    const person = await this.repository.findActiveWithOrganization(key);
    if (!person || !person.loginEnabled || !person.organization) return null;
    const organization = person.organization;
    return {
      personId: person.id,
      organizationId: organization.id,
      organizationKind: organization.kind,
      regionId: regionOf(organization),
      roles: person.roles,
      locale: person.locale,
      credentialsVersion: person.credentialsVersion,
    };
  }

  async create(user: AuthenticatedUser, input: CreatePersonInput): Promise<PersonView> {
    assertMayCreatePeople(user);
    if (input.password !== undefined) assertMaySetPassword(user, null);
    const organization = await this.organizations.findVisibleById(user, input.organizationId);
    assertRolesAllowed(user, input.roles, organization.kind);
    const loginEnabled = input.loginEnabled ?? input.password !== undefined;
    const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
    return this.transactions.run(async (manager) => {
      if (await this.repository.emailTaken(input.email)) throw PersonException.emailTaken();
      const created = await this.repository.insert({
        organizationId: organization.id,
        name: input.name,
        email: input.email,
        title: input.title ?? null,
        phone: input.phone ?? null,
        roles: input.roles,
        locale: input.locale,
        loginEnabled,
        passwordHash,
      });
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'person.create',
        entityType: 'person',
        entityId: created.id,
        organizationId: created.organizationId,
        after: { ...auditSummary(created), passwordSet: passwordHash !== null },
      });
      if (loginEnabled) await this.queueWelcome(manager, created, organization);
      return toPersonView(created);
    });
  }

  async update(user: AuthenticatedUser, id: string, input: UpdatePersonInput): Promise<PersonView> {
    const scope = TenantScope.of(user);
    const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password);
    const updated = await this.transactions.run(async (manager) => {
      const person = await this.lockForChange(manager, scope, id);
      assertMayUpdate(user, person, input);
      if (input.version !== undefined && input.version !== person.version) {
        throw new PersonException(PersonErrorCode.VersionConflict, 'The person was changed by someone else', {
          currentVersion: person.version,
        });
      }
      const before = auditSummary(person);
      const wasActiveAdmin = isActiveAdmin(person);

      if (input.organizationId !== undefined || input.roles !== undefined) {
        const organization =
          input.organizationId !== undefined && input.organizationId !== person.organizationId
            ? await this.organizations.findVisibleById(user, input.organizationId)
            : await this.organizationOf(person);
        assertRolesAllowed(user, input.roles ?? person.roles, organization.kind, person.roles);
        person.organizationId = organization.id;
        if (input.roles !== undefined) person.roles = input.roles;
      }
      if (input.email !== undefined && input.email !== person.email) {
        if (await this.repository.emailTaken(input.email, person.id)) throw PersonException.emailTaken();
        person.email = input.email;
      }
      if (input.name !== undefined) person.name = input.name;
      if (input.title !== undefined) person.title = input.title;
      if (input.phone !== undefined) person.phone = input.phone;
      if (input.locale !== undefined) person.locale = input.locale;
      if (input.loginEnabled !== undefined) person.loginEnabled = input.loginEnabled;
      if (passwordHash !== undefined) {
        const hadPassword = await this.repository.hasPassword(person.id);
        person.passwordHash = passwordHash;
        await this.passwords.afterPasswordChange(manager, person, hadPassword);
      }
      // Tokens and browser sessions issued before end with this change (issue 12.4).
      if (endsCredentials(before, person, passwordHash !== undefined)) person.credentialsVersion += 1;

      if (wasActiveAdmin && !isActiveAdmin(person)) await this.assertAnotherAdmin(manager, person.id);
      const saved = await this.repository.save(person);
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'person.update',
        entityType: 'person',
        entityId: saved.id,
        organizationId: saved.organizationId,
        before,
        after: { ...auditSummary(saved), ...(passwordHash !== undefined ? { passwordChanged: true } : {}) },
        onlyChanges: true,
      });
      return toPersonView(saved);
    });
    // Committed: the person's next request is authenticated with the new roles, organization or login.
    this.authenticatedUsers.clear();
    return updated;
  }

  /** A person not deleted, with what a single sign-on decides on (ADR 14); by id or lower-cased email. */
  async findForSignIn(where: { id: string } | { email: string }): Promise<SignInPerson | null> {
    const person = await this.repository.findActiveWithOrganization(where);
    return person ? toSignInPerson(person) : null;
  }

  /**
   * Just-in-time creation at a first single sign-on (ADR 14): a person who may sign in, without a password
   * and without a welcome email (they are signed in already). Recorded in the audit log without an actor.
   */
  async createFromSignIn(input: {
    organizationId: string;
    name: string;
    email: string;
    roles: PersonRole[];
    provider: string;
  }): Promise<SignInPerson> {
    const createdId = await this.transactions.run(async (manager) => {
      if (await this.repository.emailTaken(input.email)) throw PersonException.emailTaken();
      const created = await this.repository.insert({
        organizationId: input.organizationId,
        name: input.name,
        email: input.email,
        title: null,
        phone: null,
        roles: input.roles,
        locale: this.config.defaultLocale,
        loginEnabled: true,
        passwordHash: null,
      });
      await this.audit.record(manager, {
        actorId: null,
        action: 'person.create',
        entityType: 'person',
        entityId: created.id,
        organizationId: created.organizationId,
        after: { ...auditSummary(created), identityProvider: input.provider },
      });
      return created.id;
    });
    return this.findSignInPersonOrFail(createdId);
  }

  private async findSignInPersonOrFail(id: string): Promise<SignInPerson> {
    const person = await this.repository.findActiveWithOrganization({ id });
    if (!person) throw PersonException.notFound();
    return toSignInPerson(person);
  }

  /**
   * The access an identity provider's role mapping grants at a sign-in (ADR 14): roles and organization, or
   * none (login switched off). Like any change of roles, organization or login, it raises the credentials
   * version, so the person's other sessions and tokens end. Recorded in the audit log without an actor.
   */
  async applyProviderAccess(
    personId: string,
    access: { organizationId: string; roles: PersonRole[]; enableLogin: boolean } | null,
    provider: string,
  ): Promise<SignInPerson> {
    const updated = await this.transactions.run(async (manager) => {
      const person = await this.lockForChange(manager, TenantScope.unrestricted(), personId);
      const before = auditSummary(person);
      const wasActiveAdmin = isActiveAdmin(person);
      if (access === null) {
        person.loginEnabled = false;
      } else {
        person.organizationId = access.organizationId;
        person.roles = access.roles;
        if (access.enableLogin) person.loginEnabled = true;
      }
      const changed = JSON.stringify(before) !== JSON.stringify(auditSummary(person));
      if (!changed) return person;
      if (endsCredentials(before, person, false)) person.credentialsVersion += 1;
      if (wasActiveAdmin && !isActiveAdmin(person)) await this.assertAnotherAdmin(manager, person.id);
      const saved = await this.repository.save(person);
      await this.audit.record(manager, {
        actorId: null,
        action: 'person.update',
        entityType: 'person',
        entityId: saved.id,
        organizationId: saved.organizationId,
        before,
        after: { ...auditSummary(saved), identityProvider: provider },
        onlyChanges: true,
      });
      return saved;
    });
    this.authenticatedUsers.clear();
    return this.findSignInPersonOrFail(updated.id);
  }

  /** "Forgot password" (the caller throttles): answers at once, emails a reset link to a known address. */
  requestPasswordReset(email: string): void {
    this.passwords.requestReset(email);
  }

  describePasswordLink(token: string): Promise<{ purpose: PasswordLinkPurpose; email: string }> {
    return this.passwords.describeLink(token);
  }

  /** Through an emailed link: single use; ends every session and token of the person. */
  async setPasswordByLink(token: string, password: string): Promise<void> {
    await this.passwords.setPasswordByLink(token, password);
    // Committed: this process refuses the person's old tokens at once, not after AUTH_USER_CACHE_MS.
    this.authenticatedUsers.clear();
  }

  /** After a change made elsewhere to people's credentials (an erasure): this process reloads them at once. */
  forgetAuthenticatedUsers(): void {
    this.authenticatedUsers.clear();
  }

  async delete(user: AuthenticatedUser, id: string): Promise<void> {
    const scope = TenantScope.of(user);
    await this.transactions.run(async (manager) => {
      const person = await this.lockForChange(manager, scope, id);
      if (person.id === user.personId) {
        throw new PersonException(PersonErrorCode.CannotDeleteSelf, 'You cannot delete yourself');
      }
      if (!mayManage(user, person)) throw new ForbiddenError('You cannot delete this person');
      if (isActiveAdmin(person)) await this.assertAnotherAdmin(manager, person.id);
      const before = auditSummary(person);
      person.deletedAt = new Date();
      person.credentialsVersion += 1;
      await this.repository.save(person);
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'person.delete',
        entityType: 'person',
        entityId: person.id,
        organizationId: person.organizationId,
        before,
        after: null,
      });
    });
    // Committed: the deleted person's token stops working with their next request.
    this.authenticatedUsers.clear();
  }

  /**
   * Locks the person for a change. When they are an admin, every admin is locked first, in id order, so
   * that concurrent changes to admins queue up instead of deadlocking, and the last-admin check sees the
   * outcome of the change before it.
   */
  private async lockForChange(manager: EntityManager, scope: TenantScope, id: string): Promise<PersonEntity> {
    const current = await this.repository.findVisibleById(scope, id);
    if (!current) throw PersonException.notFound();
    if (isActiveAdmin(current)) await this.repository.lockActiveAdminIds();
    const person = await this.repository.findVisibleByIdForUpdate(scope, id);
    if (!person) throw PersonException.notFound();
    return person;
  }

  private async assertAnotherAdmin(manager: EntityManager, personId: string): Promise<void> {
    const adminIds = await this.repository.lockActiveAdminIds();
    if (!adminIds.some((adminId) => adminId !== personId)) {
      throw new PersonException(PersonErrorCode.LastAdmin, 'At least one admin who can log in must remain');
    }
  }

  private async organizationOf(person: PersonEntity): Promise<OrganizationView> {
    const organization = await this.organizations.findById(person.organizationId);
    if (!organization) throw PersonException.notFound();
    return organization;
  }

  /**
   * In the caller's transaction: if the email cannot be queued, the person is not created either. It carries
   * a set-password link to the web app, even when an admin gave a first password.
   */
  private async queueWelcome(
    manager: EntityManager,
    person: PersonEntity,
    organization: OrganizationView,
  ): Promise<void> {
    await this.mail.queue(manager, {
      template: 'welcome',
      to: { address: person.email, name: person.name, personId: person.id, locale: person.locale },
      data: {
        personName: person.name,
        organizationName: organization.name,
        setPasswordUrl: await this.passwords.issueSetLink(manager, person.id),
        loginEmail: person.email,
        validDays: String(Math.round(this.config.auth.passwordLinks.setHours / 24)),
      },
      related: { type: 'person', id: person.id },
    });
  }
}

/**
 * Whether a change ends the person's tokens and browser sessions: a new password, login disabled, other
 * roles or another organization. A session must not outlive the rights it was opened with.
 */
function endsCredentials(
  before: ReturnType<typeof auditSummary>,
  after: PersonEntity,
  passwordChanged: boolean,
): boolean {
  const sameRoles =
    before.roles.length === after.roles.length && before.roles.every((role) => after.roles.includes(role));
  return (
    passwordChanged ||
    (before.loginEnabled && !after.loginEnabled) ||
    !sameRoles ||
    before.organizationId !== after.organizationId
  );
}

function auditSummary(person: PersonEntity) {
  return {
    organizationId: person.organizationId,
    name: person.name,
    email: person.email,
    title: person.title,
    phone: person.phone,
    roles: [...person.roles],
    locale: person.locale,
    loginEnabled: person.loginEnabled,
  };
}

/** What a single sign-on decides on (ADR 14). */
export interface SignInPerson {
  id: string;
  organizationId: string;
  organizationCode: string;
  organizationKind: OrganizationKind;
  roles: PersonRole[];
  loginEnabled: boolean;
  credentialsVersion: number;
}

function toSignInPerson(person: PersonEntity): SignInPerson {
  return {
    id: person.id,
    organizationId: person.organizationId,
    organizationCode: person.organization!.code,
    organizationKind: person.organization!.kind,
    roles: [...person.roles],
    loginEnabled: person.loginEnabled,
    credentialsVersion: person.credentialsVersion,
  };
}

export interface PersonMembership {
  id: string;
  organizationId: string;
  guestMeetingId: string | null;
}

export function toPersonView(person: PersonEntity): PersonView {
  return {
    id: person.id,
    organizationId: person.organizationId,
    name: person.name,
    email: person.email,
    title: person.title,
    phone: person.phone,
    roles: [...person.roles],
    locale: person.locale,
    loginEnabled: person.loginEnabled,
    version: person.version,
    createdAt: person.createdAt.toISOString(),
    updatedAt: person.updatedAt.toISOString(),
  };
}
