import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service.js';
import { type AuthenticatedUser, hasRole } from '../../common/auth/authenticated-user.js';
import { TenantScope } from '../../common/auth/tenant-scope.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import { ForbiddenError } from '../../common/errors/domain-error.js';
import { regionOf } from '../../organization/organization-region.js';
import { StrategyAreaService } from '../../strategy-area/strategy-area.service.js';
import { QuestionLinkChecks } from '../links/question-links.js';
import { auditSummary, isClosed } from '../question-audit.js';
import type { CreateQuestionInput, QuestionDetailView } from '../question.dto.js';
import { LINK_KINDS, type QuestionLinks, QuestionRepository } from '../question.repository.js';
import { QuestionViews } from '../view/question-views.js';
import { QuestionParties, assertOfRegion } from './question-parties.js';

/** POST /api/questions: a question registered with its owner, links and first history event. */
@Injectable()
export class QuestionRegistration {
  constructor(
    private readonly repository: QuestionRepository,
    private readonly parties: QuestionParties,
    private readonly links: QuestionLinkChecks,
    private readonly strategyAreas: StrategyAreaService,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    private readonly views: QuestionViews,
  ) {}

  /**
   * Coordinators, secretaries and admins register questions. The owning municipality (or external
   * organization) and, for a person of a municipality, their own municipality are linked too, so both keep
   * seeing it.
   */
  async create(user: AuthenticatedUser, input: CreateQuestionInput): Promise<QuestionDetailView> {
    if (!hasRole(user, 'admin', 'coordinator', 'secretary')) {
      throw new ForbiddenError('Only coordinators, secretaries and admins register questions');
    }
    const scope = TenantScope.of(user);
    const owner = await this.parties.resolveOwner(user, scope, input.owner);
    const organizationIds = [...input.organizationIds];
    if (owner.organization && owner.organization.kind !== 'region')
      organizationIds.push(owner.organization.id);
    if (user.organizationKind === 'municipality' && !hasRole(user, 'admin'))
      organizationIds.push(user.organizationId);
    const linked = await this.parties.resolveOrganizations(scope, organizationIds);
    const regionId = owner.organization
      ? regionOf(owner.organization)
      : (linked.map(regionOf)[0] ?? user.regionId);
    assertOfRegion(linked, regionId);
    const responsibleId = input.responsiblePersonId ?? null;
    if (responsibleId) await this.parties.assertResponsible(user, scope, responsibleId, regionId);
    const links: QuestionLinks = {
      organizationIds: linked.map((organization) => organization.id),
      meetingIds: await this.links.assertMeetings(user, input.meetingIds),
      agendaItemIds: await this.links.assertAgendaItems(user, input.agendaItemIds),
      actionIds: await this.links.assertActions(user, input.actionIds),
      strategyAreaIds: [],
    };
    const status = input.status ?? 'open';
    return this.transactions.run(async (manager) => {
      links.strategyAreaIds = (await this.strategyAreas.assertUsable(regionId, input.strategyAreaIds)).map(
        (area) => area.id,
      );
      const question = await this.repository.insert(manager, {
        regionId,
        title: input.title,
        description: input.description ?? null,
        ownerKind: input.owner.kind,
        ownerOrganizationId: owner.organization?.id ?? null,
        ownerExternalName: owner.externalName,
        responsiblePersonId: responsibleId,
        status,
        createdBy: user.personId,
        closedAt: isClosed(status) ? new Date() : null,
      });
      for (const kind of LINK_KINDS)
        await this.repository.replaceLinks(manager, question.id, kind, links[kind]);
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'question.create',
        entityType: 'question',
        entityId: question.id,
        organizationId: question.ownerOrganizationId ?? regionId,
        after: { ...auditSummary(question), ...links },
      });
      const initial = { ...auditSummary(question), strategyAreaIds: links.strategyAreaIds };
      await this.repository.insertEvent(manager, {
        questionId: question.id,
        actorId: user.personId,
        kind: 'created',
        changes: Object.fromEntries(
          Object.entries(initial)
            .filter(([, value]) => value !== null && !(Array.isArray(value) && value.length === 0))
            .map(([field, value]) => [field, { from: null, to: value }]),
        ),
        comment: null,
      });
      return this.views.toDetailView(user, question);
    });
  }
}
