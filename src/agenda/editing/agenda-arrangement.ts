import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import { ForbiddenError } from '../../common/errors/domain-error.js';
import type { MeetingView } from '../../meeting/meeting.dto.js';
import { isMeetingKeeper } from '../agenda-access.js';
import { assertAgendaVersion, assertNotCancelled } from '../agenda-guards.js';
import { closingItemsLast, isOnAgenda, moveTo, templateAdditions } from '../agenda-items.js';
import { AgendaStore, itemsFromTemplate } from '../agenda-store.js';
import type { AgendaView, ApplyAgendaTemplateInput, MoveAgendaItemInput } from '../agenda.dto.js';
import { AgendaErrorCode, AgendaException } from '../agenda.exception.js';
import { AgendaRepository } from '../agenda.repository.js';
import { AgendaSendQueue } from '../sending/agenda-send-queue.js';
import { AgendaViews } from '../view/agenda-views.js';
import { AgendaItemChecks } from './agenda-item-checks.js';

const KEEPERS_ONLY = 'Only admins, coordinators and secretaries of the two parties arrange the agenda';

/**
 * The order of an agenda as a whole: one item moved to a new number, a template's missing items added. Both
 * are checked against the agenda's version the caller saw, so a move made on a stale list fails with 409
 * instead of landing somewhere the caller did not see; closing items ("Övriga frågor") stay last.
 */
@Injectable()
export class AgendaArrangement {
  constructor(
    private readonly repository: AgendaRepository,
    private readonly checks: AgendaItemChecks,
    private readonly store: AgendaStore,
    private readonly sends: AgendaSendQueue,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    private readonly views: AgendaViews,
  ) {}

  async move(user: AuthenticatedUser, itemId: string, input: MoveAgendaItemInput): Promise<AgendaView> {
    const { meeting } = await this.checks.visibleItem(user, itemId);
    this.assertKeeper(user, meeting);
    await this.transactions.run(async (manager) => {
      const agenda = await this.store.lockAgenda(manager, meeting);
      assertAgendaVersion(agenda, input.agendaVersion);
      const items = await this.repository.findItems(meeting.id);
      const item = items.find((candidate) => candidate.id === itemId);
      if (!item) throw AgendaException.itemNotFound();
      if (!isOnAgenda(item)) {
        throw new AgendaException(AgendaErrorCode.NotOnAgenda, 'Only an item on the agenda is moved', {
          status: item.status,
        });
      }
      const onAgenda = items.filter(isOnAgenda);
      const reordered = moveTo(onAgenda, item.id, input.number);
      if (!closingItemsLast(reordered)) {
        throw new AgendaException(AgendaErrorCode.ClosingItemsLast, 'Closing items stay last', {
          field: 'number',
        });
      }
      if (reordered.every((candidate, index) => candidate.id === onAgenda[index].id)) return;
      const before = onAgenda.indexOf(item) + 1;
      // The items on the agenda in their new order, then the proposals and declined items as they were.
      await this.repository.renumber(manager, [...reordered, ...items.filter((other) => !isOnAgenda(other))]);
      await this.sends.changed(manager, agenda);
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'agenda-item.reorder',
        entityType: 'agenda-item',
        entityId: item.id,
        organizationId: meeting.regionId,
        before: { number: before },
        after: { number: reordered.indexOf(item) + 1 },
      });
    });
    return this.views.get(user, meeting.id);
  }

  async applyTemplate(
    user: AuthenticatedUser,
    meetingId: string,
    input: ApplyAgendaTemplateInput,
  ): Promise<AgendaView> {
    const meeting = await this.checks.visibleMeeting(user, meetingId);
    this.assertKeeper(user, meeting);
    const template = await this.repository.findTemplate(input.templateId);
    if (!template || (template.regionId !== null && template.regionId !== meeting.regionId)) {
      throw AgendaException.templateNotFound();
    }
    await this.transactions.run(async (manager) => {
      const agenda = await this.store.lockAgenda(manager, meeting);
      assertAgendaVersion(agenda, input.agendaVersion);
      const items = await this.repository.findItems(meeting.id);
      const additions = templateAdditions(template.items, items);
      if (additions.length === 0) return;
      const created = await this.repository.insertItems(
        manager,
        itemsFromTemplate(meeting.id, { items: additions }).map((entry, index) => ({
          ...entry,
          position: items.length + index + 1,
        })),
      );
      const onAgenda = items.filter(isOnAgenda);
      await this.repository.renumber(manager, [
        ...onAgenda.filter((entry) => !entry.closing),
        ...created.filter((entry) => !entry.closing),
        ...onAgenda.filter((entry) => entry.closing),
        ...created.filter((entry) => entry.closing),
        ...items.filter((entry) => !isOnAgenda(entry)),
      ]);
      await this.sends.changed(manager, agenda);
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'agenda.apply-template',
        entityType: 'agenda',
        entityId: meeting.id,
        organizationId: meeting.regionId,
        after: { templateId: template.id, added: created.map((entry) => entry.title) },
      });
    });
    return this.views.get(user, meeting.id);
  }

  private assertKeeper(user: AuthenticatedUser, meeting: MeetingView): void {
    if (!isMeetingKeeper(user, meeting)) throw new ForbiddenError(KEEPERS_ONLY);
    assertNotCancelled(meeting);
  }
}
