import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import { TenantScope } from '../../common/auth/tenant-scope.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import { StrategyAreaService } from '../../strategy-area/strategy-area.service.js';
import { type LinkedRecordKind, QuestionLinkChecks } from '../links/question-links.js';
import type { QuestionDetailView, UpdateQuestionInput } from '../question.dto.js';
import { QuestionException } from '../question.exception.js';
import { type LinkKind, type QuestionLinks, QuestionRepository } from '../question.repository.js';
import { QuestionViews } from '../view/question-views.js';
import { QuestionParties } from './question-parties.js';
import {
  type ResolvedOwner,
  checkQuestionUpdate,
  organizationIdsToCheck,
  planQuestionUpdate,
} from './question-update-plan.js';

/** The linked records a PATCH replaces, in the order they are checked. */
const LINKED_RECORDS = [
  ['meetingIds', 'meetings'],
  ['actionIds', 'actions'],
  ['agendaItemIds', 'agendaItems'],
] as const satisfies ReadonlyArray<readonly [LinkKind, LinkedRecordKind]>;

/** PATCH /api/questions/{id}: lock, check, look up, plan (pure), write, audit, history. */
@Injectable()
export class QuestionEditor {
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
   * Region staff (coordinators, secretaries) and admins change any question in scope; coordinators and
   * secretaries of a municipality change those raised with it, except which municipalities it is raised
   * with; the responsible person changes the status.
   */
  async update(user: AuthenticatedUser, id: string, input: UpdateQuestionInput): Promise<QuestionDetailView> {
    const scope = TenantScope.of(user);
    return this.transactions.run(async (manager) => {
      const visible = await this.repository.findVisibleById(scope, id);
      if (!visible) throw QuestionException.notFound();
      const question = (await this.repository.findByIdForUpdate(manager, id))!;
      checkQuestionUpdate(user, question, input);
      const currentLinks = (await this.repository.findLinks([question.id])).get(question.id)!;

      // Looked up and checked in this order, so the first problem is the one reported.
      let owner: ResolvedOwner | undefined;
      if (input.owner !== undefined)
        owner = await this.parties.resolveOwnerIn(user, scope, input.owner, question.regionId);
      const links: Partial<QuestionLinks> = {};
      if (input.organizationIds !== undefined) {
        const ownerOrganization = owner ? owner.organization : await this.parties.ownerOrganization(question);
        const linked = await this.parties.resolveOrganizationsIn(
          scope,
          organizationIdsToCheck(input.organizationIds, ownerOrganization),
          question.regionId,
        );
        links.organizationIds = linked.map((organization) => organization.id);
      }
      if (input.responsiblePersonId)
        await this.parties.assertResponsible(user, scope, input.responsiblePersonId, question.regionId);
      for (const [field, kind] of LINKED_RECORDS) {
        const wanted = input[field];
        if (wanted !== undefined)
          links[field] = await this.links.replaceVisible(user, kind, currentLinks[field], wanted);
      }
      if (input.strategyAreaIds !== undefined) {
        links.strategyAreaIds = (
          await this.strategyAreas.assertUsable(question.regionId, input.strategyAreaIds)
        ).map((area) => area.id);
      }

      const plan = planQuestionUpdate({ question, links: currentLinks }, { input, owner, links }, new Date());
      Object.assign(question, plan.fields);
      const saved = await this.repository.save(manager, question);
      for (const kind of Object.keys(plan.links) as LinkKind[]) {
        await this.repository.replaceLinks(manager, question.id, kind, plan.links[kind]!);
      }
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'question.update',
        entityType: 'question',
        entityId: saved.id,
        organizationId: saved.ownerOrganizationId ?? saved.regionId,
        before: plan.before,
        after: plan.after,
        onlyChanges: true,
      });
      if (plan.event) {
        await this.repository.insertEvent(manager, {
          questionId: saved.id,
          actorId: user.personId,
          kind: plan.event,
          changes: plan.changes,
          comment: input.comment ?? null,
        });
      }
      return this.views.toDetailView(user, saved);
    });
  }
}
