import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { partyOrganizationIds } from '../../agenda/agenda-access.js';
import { type AgendaItemRef, AgendaStore } from '../../agenda/agenda-store.js';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import type { MeetingView } from '../../meeting/meeting.dto.js';
import { MeetingReads } from '../../meeting/reads/meeting-reads.js';
import { PersonService } from '../../person/person.service.js';
import { StrategyAreaService } from '../../strategy-area/strategy-area.service.js';
import { MinutesHistory } from '../minutes-history.js';
import { assertKeeper, assertNotCancelled } from '../minutes-guards.js';
import type { MinutesView, PutMinutesInput } from '../minutes.dto.js';
import type { MinutesEntity } from '../minutes.entity.js';
import { MinutesErrorCode, MinutesException } from '../minutes.exception.js';
import { MinutesRepository } from '../minutes.repository.js';
import { MinutesViews } from '../view/minutes-views.js';
import { contentOf, newMinutesContent } from './minutes-content.js';
import { diffMinutes } from './minutes-diff.js';

/** PUT …/minutes: the secretary's notes, decisions, attendance, guests and actions, a revision per change. */
@Injectable()
export class MinutesEditor {
  constructor(
    private readonly repository: MinutesRepository,
    private readonly meetings: MeetingReads,
    private readonly agendas: AgendaStore,
    private readonly people: PersonService,
    private readonly strategyAreas: StrategyAreaService,
    private readonly transactions: TransactionService,
    private readonly history: MinutesHistory,
    private readonly views: MinutesViews,
  ) {}

  /** Replaces the content; a new revision with its diff summary when anything changed. */
  async put(user: AuthenticatedUser, meetingId: string, input: PutMinutesInput): Promise<MinutesView> {
    const meeting = await this.meetings.findVisibleById(user, meetingId);
    assertKeeper(user, meeting);
    assertNotCancelled(meeting);
    const agendaItems = await this.agendas.findAgendaItems(meeting);
    await this.validateContent(meeting, agendaItems, input);
    const minutes = await this.transactions.run(async (manager) => {
      const current = await this.lockOrCreate(manager, meeting);
      if (current.status === 'locked') throw MinutesException.locked();
      if (current.status === 'in_review') {
        throw new MinutesException(
          MinutesErrorCode.UnderReview,
          'The minutes are with the adjusters; they change once returned (or submit them again)',
        );
      }
      if (input.version !== undefined && input.version !== current.version) {
        throw new MinutesException(
          MinutesErrorCode.VersionConflict,
          'The minutes were changed by someone else',
          {
            currentVersion: current.version,
          },
        );
      }
      const before = contentOf(current);
      const after = newMinutesContent(meeting, agendaItems, input, current, user.personId);
      const changes = diffMinutes(before, after);
      if (changes.length === 0) return current;
      Object.assign(current, after);
      current.revision += 1;
      const saved = await this.repository.save(manager, current);
      await this.history.revision(manager, meeting, {
        revision: saved.revision,
        kind: 'edit',
        actorId: user.personId,
        changes,
        content: after as unknown as Record<string, unknown>,
      });
      await this.history.audited(manager, meeting, user.personId, 'update', {
        revision: saved.revision,
        changes,
      });
      return saved;
    });
    return this.views.of(meeting, minutes);
  }

  private async lockOrCreate(manager: EntityManager, meeting: MeetingView): Promise<MinutesEntity> {
    await this.repository.insertIfMissing(
      manager,
      meeting.id,
      meeting.regionId,
      meeting.organizations.map((organization) => organization.id),
    );
    return (await this.repository.findForUpdate(manager, meeting.id))!;
  }

  private async validateContent(
    meeting: MeetingView,
    agendaItems: readonly AgendaItemRef[],
    input: PutMinutesInput,
  ): Promise<void> {
    const itemIds = new Set(agendaItems.map((item) => item.id));
    const unknownItems = [
      ...input.items.map((item) => item.agendaItemId),
      ...input.actions.flatMap((action) => (action.agendaItemId ? [action.agendaItemId] : [])),
    ].filter((id) => !itemIds.has(id));
    if (unknownItems.length > 0) {
      throw new MinutesException(MinutesErrorCode.UnknownAgendaItem, 'Not an item on this meeting’s agenda', {
        agendaItemIds: [...new Set(unknownItems)],
      });
    }
    const invited = new Set(meeting.participants.map((participant) => participant.personId));
    const notInvited = input.attendance.map((entry) => entry.personId).filter((id) => !invited.has(id));
    if (notInvited.length > 0) {
      throw new MinutesException(
        MinutesErrorCode.NotInvited,
        'Attendance is recorded for invited people; add others as guests',
        { personIds: notInvited },
      );
    }
    if (input.actions.length === 0) return;
    const parties = partyOrganizationIds(meeting);
    const owners = new Map(
      (await this.people.findByIds(input.actions.map((action) => action.ownerPersonId))).map((p) => [
        p.id,
        p,
      ]),
    );
    const badOwners = input.actions.filter((action) => {
      const owner = owners.get(action.ownerPersonId);
      return (
        !parties.has(action.ownerOrganizationId) ||
        !owner ||
        owner.organizationId !== action.ownerOrganizationId
      );
    });
    if (badOwners.length > 0) {
      throw new MinutesException(
        MinutesErrorCode.InvalidActionOwner,
        'An action’s owner must be a person of its owner organization, the region or a municipality of the meeting',
        { actions: badOwners.map((action) => action.title) },
      );
    }
    // The same check ActionService.createFromMinutes makes when the minutes lock: refuse now, not then.
    await this.strategyAreas.assertUsable(
      meeting.regionId,
      input.actions.flatMap((action) => action.strategyAreaIds),
    );
  }
}
