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
import { type MinutesContent, diffMinutes } from './minutes-diff.js';
import { MinutesProposedActions } from './minutes-proposed-actions.js';
import { stampChangedParts } from '../minutes-parts.js';

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
    private readonly proposedActions: MinutesProposedActions,
  ) {}

  /** Replaces the content; a new revision with its diff summary when anything changed. */
  async put(user: AuthenticatedUser, meetingId: string, input: PutMinutesInput): Promise<MinutesView> {
    const meeting = await this.meetings.findVisibleById(user, meetingId);
    assertKeeper(user, meeting);
    assertNotCancelled(meeting);
    const agendaItems = await this.agendas.findAgendaItems(meeting);
    await this.validateContent(meeting, agendaItems, input);
    const minutes = await this.transactions.run(async (manager) => {
      const current = await this.lockEditable(manager, meeting);
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
      if (diffMinutes(before, after).length === 0) return current;
      stampChangedParts(current, after, user.personId, new Date());
      Object.assign(current, after);
      const saved = await this.commit(manager, meeting, current, before, user.personId, null);
      return saved;
    });
    return this.views.of(meeting, minutes);
  }

  /**
   * Saves changed minutes (`before`: their content as read) in the caller's transaction: their actions'
   * proposed actions follow, the revision rises, and the edit goes into the history (`part`: the one part
   * saved, null for the whole).
   */
  async commit(
    manager: EntityManager,
    meeting: MeetingView,
    current: MinutesEntity,
    before: MinutesContent,
    authorId: string,
    part: string | null,
  ): Promise<MinutesEntity> {
    current.actions = await this.proposedActions.follow(
      manager,
      meeting.id,
      before.actions,
      current.actions,
      authorId,
    );
    current.revision += 1;
    const saved = await this.repository.save(manager, current);
    await this.proposedActions.strike(manager, before.actions, saved.actions, authorId);
    await this.history.edit(manager, meeting, {
      revision: saved.revision,
      actorId: authorId,
      part,
      before,
      after: contentOf(saved),
    });
    return saved;
  }

  /**
   * The minutes of this meeting locked for the rest of the transaction (created empty if missing), when they
   * may change: 409 MINUTES_LOCKED or MINUTES_UNDER_REVIEW otherwise.
   */
  async lockEditable(manager: EntityManager, meeting: MeetingView): Promise<MinutesEntity> {
    const current = await this.repository.lockOrCreate(
      manager,
      meeting.id,
      meeting.regionId,
      meeting.organizations.map((organization) => organization.id),
    );
    if (current.status === 'locked') throw MinutesException.locked();
    if (current.status === 'in_review') {
      throw new MinutesException(
        MinutesErrorCode.UnderReview,
        'The minutes are with the adjusters; they change once returned (or submit them again)',
      );
    }
    return current;
  }

  /** Every item named is on the agenda, attendance is of participants, actions have owners of the parties. */
  async validateContent(
    meeting: MeetingView,
    agendaItems: readonly AgendaItemRef[],
    input: Pick<PutMinutesInput, 'items' | 'attendance' | 'actions'>,
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
    // The same check ActionsFromMinutes.createFromMinutes makes when the minutes lock: refuse now, not then.
    await this.strategyAreas.assertUsable(
      meeting.regionId,
      input.actions.flatMap((action) => action.strategyAreaIds),
    );
  }
}
