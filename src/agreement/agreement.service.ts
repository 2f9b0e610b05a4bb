import { Injectable } from '@nestjs/common';
import { auditedFields } from '../audit/audit-summary.js';
import { AuditService } from '../audit/audit.service.js';
import { type AuthenticatedUser, hasRole } from '../common/auth/authenticated-user.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { ForbiddenError } from '../common/errors/domain-error.js';
import type { OrganizationView } from '../organization/organization.dto.js';
import { OrganizationService } from '../organization/organization.service.js';
import { PersonService } from '../person/person.service.js';
import { cadenceKindOf, normalizeCadence } from './agreement-cadence.js';
import type {
  AgreementDetailView,
  AgreementQueryInput,
  AgreementView,
  PutAgreementInput,
} from './agreement.dto.js';
import type { AgreementEntity } from './agreement.entity.js';
import { AgreementErrorCode, AgreementException } from './agreement.exception.js';
import { AgreementRepository } from './agreement.repository.js';

/** Each party's default adjuster (justerare) of the minutes; null when the agreement names none. */
export interface DefaultAdjusters {
  region: string | null;
  municipality: string | null;
}

@Injectable()
export class AgreementService {
  constructor(
    private readonly repository: AgreementRepository,
    private readonly organizations: OrganizationService,
    private readonly people: PersonService,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The current agreement (or `query.version`) of a municipality the caller may see. Another municipality's
   * answers ORGANIZATION_NOT_FOUND (404), as for a missing id; one without an agreement AGREEMENT_NOT_FOUND.
   */
  async findVisible(
    user: AuthenticatedUser,
    organizationId: string,
    query: AgreementQueryInput = {},
  ): Promise<AgreementDetailView> {
    await this.organizations.findVisibleById(user, organizationId);
    const latest = await this.repository.findLatest(organizationId);
    if (!latest) throw AgreementException.notFound();
    if (query.version === undefined || query.version === latest.version) {
      return (await this.withPeople([toAgreementView(latest, true)]))[0];
    }
    const version = await this.repository.findVersion(organizationId, query.version);
    if (!version) throw AgreementException.notFound();
    return (await this.withPeople([toAgreementView(version, false)]))[0];
  }

  /** Every version, newest first; an empty list when there is none yet. */
  async listVersions(
    user: AuthenticatedUser,
    organizationId: string,
  ): Promise<{ items: AgreementDetailView[] }> {
    await this.organizations.findVisibleById(user, organizationId);
    const versions = await this.repository.findAllVersions(organizationId);
    return {
      items: await this.withPeople(
        versions.map((agreement, index) => toAgreementView(agreement, index === 0)),
      ),
    };
  }

  /**
   * Records a new version. Admins, and coordinators of the municipality's region, write agreements; the
   * municipality's own people read them (docs/adr/0005).
   */
  async put(
    user: AuthenticatedUser,
    organizationId: string,
    input: PutAgreementInput,
  ): Promise<AgreementDetailView> {
    const organization = await this.organizations.findVisibleById(user, organizationId);
    if (organization.kind !== 'municipality') {
      throw new AgreementException(
        AgreementErrorCode.NotAMunicipality,
        'Agreements are made with municipalities',
      );
    }
    if (!mayWrite(user, organization)) {
      throw new ForbiddenError('Only an admin, or a coordinator of its region, changes the agreement');
    }
    await this.assertPeople(organization, input);
    const saved = await this.transactions.run(async (manager) => {
      const latest = await this.repository.findLatest(organizationId);
      const currentVersion = latest?.version ?? 0;
      if (input.version !== undefined && input.version !== currentVersion) {
        throw AgreementException.versionConflict(currentVersion);
      }
      const cadence = normalizeCadence(input.cadence);
      const created = await this.repository.insert(manager, {
        organizationId,
        version: currentVersion + 1,
        cadence,
        cadenceKind: cadenceKindOf(cadence),
        preferredMode: input.preferredMode,
        preferredWeekdays: [...input.preferredWeekdays].sort((a, b) => a - b),
        blockedDates: input.blockedDates
          .map((range) => ({ from: range.from, to: range.to ?? range.from, note: range.note ?? null }))
          .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)),
        defaultParticipantIds: input.defaultParticipantIds,
        substitutes: input.substitutes,
        regionAdjusterId: input.adjusters.region,
        municipalityAdjusterId: input.adjusters.municipality,
        expectations: input.expectations,
        locationAddress: input.location.address,
        videoUrl: input.location.videoUrl,
        validFrom: input.validFrom,
        createdBy: user.personId,
      });
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'agreement.update',
        entityType: 'agreement',
        entityId: created.id,
        organizationId,
        before: latest ? auditSummary(latest) : null,
        after: auditSummary(created),
        onlyChanges: latest !== null,
      });
      return toAgreementView(created, true);
    });
    return (await this.withPeople([saved]))[0];
  }

  /**
   * Adds the names of the people each version names, read in one query. Whoever may read the agreement
   * sees who attends, who adjusts and who wrote it, even when the person belongs to the other party.
   */
  private async withPeople(views: AgreementView[]): Promise<AgreementDetailView[]> {
    const ids = new Set<string>();
    for (const view of views) {
      for (const id of view.defaultParticipantIds) ids.add(id);
      for (const substitute of view.substitutes) ids.add(substitute.personId);
      if (view.adjusters.region) ids.add(view.adjusters.region);
      if (view.adjusters.municipality) ids.add(view.adjusters.municipality);
      if (view.createdBy) ids.add(view.createdBy);
    }
    const found = new Map((await this.people.findByIds([...ids])).map((person) => [person.id, person]));
    return views.map((view) => {
      const named = [
        ...view.defaultParticipantIds,
        ...view.substitutes.map((substitute) => substitute.personId),
        view.adjusters.region,
        view.adjusters.municipality,
        view.createdBy,
      ].filter((id): id is string => id !== null);
      const people = [...new Set(named)].flatMap((id) => {
        const person = found.get(id);
        return person ? [{ id, name: person.name, organizationId: person.organizationId }] : [];
      });
      return { ...view, people };
    });
  }

  /** The current agreement of each organization that has one, without access checks (rounds, cadence). */
  async findCurrentByOrganizations(organizationIds: readonly string[]): Promise<Map<string, AgreementView>> {
    const agreements = await this.repository.findLatestByOrganizations(organizationIds);
    return new Map(
      agreements.map((agreement) => [agreement.organizationId, toAgreementView(agreement, true)]),
    );
  }

  /**
   * The standing substitutes the current agreements of these municipalities name for a person, without
   * access checks (the caller checked the meeting): first those named for them, then those for anyone of
   * their organization; each once, in the agreements' order. The caller keeps only the person's colleagues.
   */
  async findStandingSubstitutes(organizationIds: readonly string[], personId: string): Promise<string[]> {
    const agreements = await this.repository.findLatestByOrganizations(organizationIds);
    const substitutes = agreements.flatMap((agreement) => agreement.substitutes);
    const named = substitutes.filter((entry) => entry.forPersonId === personId);
    const general = substitutes.filter((entry) => entry.forPersonId === null);
    return [...new Set([...named, ...general].map((entry) => entry.personId))].filter(
      (id) => id !== personId,
    );
  }

  /** For the minutes feature: who approves the minutes of a meeting with this municipality by default. */
  async findDefaultAdjusters(organizationId: string): Promise<DefaultAdjusters> {
    const agreement = await this.repository.findLatest(organizationId);
    return {
      region: agreement?.regionAdjusterId ?? null,
      municipality: agreement?.municipalityAdjusterId ?? null,
    };
  }

  /**
   * Default participants belong to the region or the municipality; the region's adjuster to the region and
   * the municipality's to the municipality. Unknown and foreign ids get the same answer.
   */
  private async assertPeople(organization: OrganizationView, input: PutAgreementInput): Promise<void> {
    const regionId = organization.parentId!;
    const ids = [
      ...input.defaultParticipantIds,
      ...input.substitutes.flatMap((entry) => [
        entry.personId,
        ...(entry.forPersonId ? [entry.forPersonId] : []),
      ]),
      ...(input.adjusters.region ? [input.adjusters.region] : []),
      ...(input.adjusters.municipality ? [input.adjusters.municipality] : []),
    ];
    if (ids.length === 0) return;
    const found = new Map((await this.people.findByIds(ids)).map((person) => [person.id, person]));
    const bad = new Set<string>();
    const check = (personId: string, organizationIds: string[]): void => {
      const person = found.get(personId);
      if (!person || !organizationIds.includes(person.organizationId)) bad.add(personId);
    };
    for (const personId of input.defaultParticipantIds) check(personId, [regionId, organization.id]);
    for (const substitute of input.substitutes) {
      check(substitute.personId, [regionId, organization.id]);
      if (substitute.forPersonId === null) continue;
      // For a default participant, and a colleague of theirs: a substitute is of the same organization.
      const forPerson = found.get(substitute.forPersonId);
      const person = found.get(substitute.personId);
      if (
        !forPerson ||
        !input.defaultParticipantIds.includes(substitute.forPersonId) ||
        substitute.forPersonId === substitute.personId ||
        (person && person.organizationId !== forPerson.organizationId)
      ) {
        bad.add(substitute.forPersonId);
      }
    }
    if (input.adjusters.region) check(input.adjusters.region, [regionId]);
    if (input.adjusters.municipality) check(input.adjusters.municipality, [organization.id]);
    if (bad.size > 0) {
      throw new AgreementException(
        AgreementErrorCode.InvalidPerson,
        'People must belong to the region or to this municipality (adjusters: to their own party; a ' +
          'substitute for a default participant: to that participant’s organization)',
        { personIds: [...bad] },
      );
    }
  }
}

function mayWrite(user: AuthenticatedUser, municipality: OrganizationView): boolean {
  if (hasRole(user, 'admin')) return true;
  return (
    hasRole(user, 'coordinator') &&
    user.organizationKind === 'region' &&
    municipality.parentId === user.organizationId
  );
}

function auditSummary(agreement: AgreementEntity): Record<string, unknown> {
  return auditedFields(agreement, [
    'version',
    'cadence',
    'preferredMode',
    'preferredWeekdays',
    'blockedDates',
    'defaultParticipantIds',
    'substitutes',
    'regionAdjusterId',
    'municipalityAdjusterId',
    'expectations',
    'locationAddress',
    'videoUrl',
    'validFrom',
  ]);
}

export function toAgreementView(agreement: AgreementEntity, current: boolean): AgreementView {
  return {
    id: agreement.id,
    organizationId: agreement.organizationId,
    version: agreement.version,
    current,
    cadence: agreement.cadence,
    cadenceKind: agreement.cadenceKind,
    preferredMode: agreement.preferredMode,
    preferredWeekdays: [...agreement.preferredWeekdays],
    blockedDates: agreement.blockedDates.map((range) => ({ ...range })),
    defaultParticipantIds: [...agreement.defaultParticipantIds],
    substitutes: agreement.substitutes.map((entry) => ({ ...entry })),
    adjusters: { region: agreement.regionAdjusterId, municipality: agreement.municipalityAdjusterId },
    expectations: agreement.expectations.map((expectation) => ({
      party: expectation.party,
      text: expectation.text,
      metric: expectation.metric ?? 'not_measured',
    })),
    location: { address: agreement.locationAddress, videoUrl: agreement.videoUrl },
    validFrom: agreement.validFrom,
    createdBy: agreement.createdBy,
    createdAt: agreement.createdAt.toISOString(),
  };
}
