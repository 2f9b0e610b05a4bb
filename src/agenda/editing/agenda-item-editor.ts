import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import { ForbiddenError } from '../../common/errors/domain-error.js';
import { isMeetingKeeper } from '../agenda-access.js';
import { assertNotCancelled } from '../agenda-guards.js';
import { insertionPosition, isOnAgenda, itemAuditSummary, moveTo } from '../agenda-items.js';
import { AgendaStore } from '../agenda-store.js';
import type { AgendaItemView, CreateAgendaItemInput, UpdateAgendaItemInput } from '../agenda.dto.js';
import { AgendaErrorCode, AgendaException } from '../agenda.exception.js';
import { AgendaRepository } from '../agenda.repository.js';
import { AgendaMail } from '../mail/agenda-mail.js';
import type { ProposalDeadline } from '../proposal-deadline.js';
import { AgendaPapers } from '../papers/agenda-papers.js';
import { AgendaSendQueue } from '../sending/agenda-send-queue.js';
import { AgendaViews } from '../view/agenda-views.js';
import { AgendaItemChecks } from './agenda-item-checks.js';
import { AgendaItemMove } from './agenda-item-move.js';

const KEEPERS_ONLY = 'Only admins, coordinators and secretaries of the two parties change the agenda';

/**
 * The items of an agenda: added by its keepers or proposed by participants until the proposal deadline,
 * changed, accepted or declined (the proposer is told), deleted; every change to what the agenda shows
 * queues its email (AgendaSendQueue).
 */
@Injectable()
export class AgendaItemEditor {
  constructor(
    private readonly repository: AgendaRepository,
    private readonly checks: AgendaItemChecks,
    private readonly store: AgendaStore,
    private readonly sends: AgendaSendQueue,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    private readonly mail: AgendaMail,
    private readonly views: AgendaViews,
    private readonly move: AgendaItemMove,
    private readonly papers: AgendaPapers,
  ) {}

  async addItem(
    user: AuthenticatedUser,
    meetingId: string,
    input: CreateAgendaItemInput,
  ): Promise<AgendaItemView> {
    const meeting = await this.checks.visibleMeeting(user, meetingId);
    assertNotCancelled(meeting);
    const keeper = isMeetingKeeper(user, meeting);
    let deadline: ProposalDeadline | null = null;
    if (!keeper) {
      if (input.position !== undefined) throw new ForbiddenError('Only the agenda’s keepers place items');
      deadline = this.checks.assertProposalsOpen(meeting);
    }
    if (input.presenterPersonId) await this.checks.assertPresenter(meeting, input.presenterPersonId);
    await this.checks.assertStrategyAreas(meeting, input.strategyAreaIds);
    const marking = await this.checks.secrecyMarking(meeting, input);
    const created = await this.transactions.run(async (manager) => {
      const agenda = await this.store.lockAgenda(manager, meeting);
      const items = await this.repository.findItems(meeting.id);
      const [item] = await this.repository.insertItems(manager, [
        {
          meetingId: meeting.id,
          position: items.length + 1,
          title: input.title,
          description: input.description ?? null,
          type: input.type,
          presenterPersonId: input.presenterPersonId ?? null,
          presenterParty: input.presenterParty ?? null,
          durationMinutes: input.durationMinutes,
          strategyAreaIds: input.strategyAreaIds,
          links: input.links.map((link) => ({ url: link.url, label: link.label ?? null })),
          visibility: input.visibility,
          secrecyGround: marking.ground,
          secrecyNote: marking.note,
          status: keeper ? 'scheduled' : 'proposed',
          source: keeper ? 'added' : 'proposal',
          proposedBy: user.personId,
          decidedBy: null,
          decidedAt: null,
          decisionReason: null,
          carriedFromItemId: null,
          movedToMeetingId: null,
          closing: false,
        },
      ]);
      // A proposal waits at the end, without a number; an item on the agenda goes where asked, or before
      // the closing items, so no number already given changes.
      const position = input.position ?? (keeper ? insertionPosition(items) : undefined);
      if (position !== undefined) {
        await this.repository.renumber(manager, moveTo([...items, item], item.id, position));
      }
      if (keeper) await this.sends.changed(manager, agenda);
      if (deadline) await this.mail.proposalReceived(manager, meeting, item, deadline.date);
      await this.audit.record(manager, {
        actorId: user.personId,
        action: keeper ? 'agenda-item.create' : 'agenda-item.propose',
        entityType: 'agenda-item',
        entityId: item.id,
        organizationId: meeting.regionId,
        after: itemAuditSummary(item),
      });
      return item;
    });
    return this.views.item(meeting, created);
  }

  async updateItem(
    user: AuthenticatedUser,
    itemId: string,
    input: UpdateAgendaItemInput,
  ): Promise<AgendaItemView> {
    const { meeting, item: current } = await this.checks.visibleItem(user, itemId);
    if (!isMeetingKeeper(user, meeting)) throw new ForbiddenError(KEEPERS_ONLY);
    if (input.moveToNextMeeting) {
      return this.move.moveToNextMeeting(user, meeting, current, input.reason ?? null);
    }
    assertNotCancelled(meeting);
    if (input.presenterPersonId) await this.checks.assertPresenter(meeting, input.presenterPersonId);
    if (input.strategyAreaIds) {
      await this.checks.assertStrategyAreas(meeting, input.strategyAreaIds, current.strategyAreaIds);
    }
    const marking = await this.checks.secrecyMarking(meeting, input, current);

    let decided: { accepted: boolean; reason: string | null } | null = null;
    const saved = await this.transactions.run(async (manager) => {
      const agenda = await this.store.lockAgenda(manager, meeting);
      const item = await this.repository.findItem(itemId);
      if (!item) throw AgendaException.itemNotFound();
      if (input.version !== undefined && input.version !== item.version) {
        throw new AgendaException(AgendaErrorCode.VersionConflict, 'The item was changed by someone else', {
          currentVersion: item.version,
        });
      }
      const before = itemAuditSummary(item);
      const wasOnAgenda = isOnAgenda(item);
      if (input.status !== undefined) {
        if (item.status !== 'proposed') {
          throw new AgendaException(
            AgendaErrorCode.NotAProposal,
            'Only a proposed item is accepted or declined',
            {
              status: item.status,
            },
          );
        }
        item.status = input.status;
        item.decidedBy = user.personId;
        item.decidedAt = new Date();
        item.decisionReason = input.reason ?? null;
        decided = { accepted: input.status === 'accepted', reason: item.decisionReason };
      }
      if (input.title !== undefined) item.title = input.title;
      if (input.description !== undefined) item.description = input.description;
      if (input.type !== undefined) item.type = input.type;
      if (input.presenterPersonId !== undefined) item.presenterPersonId = input.presenterPersonId;
      if (input.presenterParty !== undefined) item.presenterParty = input.presenterParty;
      if (input.durationMinutes !== undefined) item.durationMinutes = input.durationMinutes;
      if (input.strategyAreaIds !== undefined) item.strategyAreaIds = input.strategyAreaIds;
      if (input.links !== undefined) {
        item.links = input.links.map((link) => ({ url: link.url, label: link.label ?? null }));
      }
      if (input.visibility !== undefined) item.visibility = input.visibility;
      item.secrecyGround = marking.ground;
      item.secrecyNote = marking.note;
      const result = await this.repository.saveItem(manager, item);
      // An accepted proposal joins the agenda before the closing items, unless placed explicitly.
      const position =
        input.position ??
        (input.status === 'accepted'
          ? insertionPosition(
              (await this.repository.findItems(meeting.id)).filter((candidate) => candidate.id !== item.id),
            )
          : undefined);
      if (position !== undefined) {
        const items = await this.repository.findItems(meeting.id);
        await this.repository.renumber(manager, moveTo(items, item.id, position));
        result.position = items.find((candidate) => candidate.id === item.id)!.position;
      }
      if (wasOnAgenda || isOnAgenda(result)) await this.sends.changed(manager, agenda);
      if (decided && result.proposedBy) await this.mail.proposalDecision(manager, meeting, result, decided);
      await this.audit.record(manager, {
        actorId: user.personId,
        action: input.status
          ? `agenda-item.${input.status === 'accepted' ? 'accept' : 'decline'}`
          : 'agenda-item.update',
        entityType: 'agenda-item',
        entityId: item.id,
        organizationId: meeting.regionId,
        before,
        after: itemAuditSummary(result),
        onlyChanges: true,
      });
      return result;
    });
    return this.views.item(meeting, saved);
  }

  async deleteItem(user: AuthenticatedUser, itemId: string): Promise<void> {
    const { meeting } = await this.checks.visibleItem(user, itemId);
    if (!isMeetingKeeper(user, meeting)) throw new ForbiddenError(KEEPERS_ONLY);
    assertNotCancelled(meeting);
    const paperKeys = await this.transactions.run(async (manager) => {
      const agenda = await this.store.lockAgenda(manager, meeting);
      const item = await this.repository.findItem(itemId);
      if (!item) throw AgendaException.itemNotFound();
      // The item's papers' rows go with it (ON DELETE CASCADE); their objects after the commit.
      const keys = await this.papers.storageKeysOfItem(item.id);
      await this.repository.deleteItem(manager, item.id);
      await this.repository.renumber(manager, await this.repository.findItems(meeting.id));
      if (isOnAgenda(item)) await this.sends.changed(manager, agenda);
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'agenda-item.delete',
        entityType: 'agenda-item',
        entityId: item.id,
        organizationId: meeting.regionId,
        before: itemAuditSummary(item),
        after: null,
      });
      return keys;
    });
    await this.papers.deleteObjects(paperKeys);
  }
}
