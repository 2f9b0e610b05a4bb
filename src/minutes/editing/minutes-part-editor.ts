import { Injectable } from '@nestjs/common';
import { AgendaStore } from '../../agenda/agenda-store.js';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import type { MeetingView } from '../../meeting/meeting.dto.js';
import { MeetingReads } from '../../meeting/reads/meeting-reads.js';
import { assertKeeper, assertNotCancelled } from '../minutes-guards.js';
import {
  actionContentOf,
  isOpened,
  nextStamp,
  sameActionContent,
  sameAttendance,
  sameItemContent,
} from '../minutes-parts.js';
import type {
  MinutesActionInput,
  MinutesActionView,
  MinutesAttendancePartView,
  MinutesItemView,
  PostMinutesActionInput,
  PutMinutesActionInput,
  PutMinutesAttendanceInput,
  PutMinutesItemInput,
  PutMinutesItemSecrecyInput,
} from '../minutes.dto.js';
import type { MinutesAction, MinutesEntity, MinutesSecrecy } from '../minutes.entity.js';
import { MinutesErrorCode, MinutesException } from '../minutes.exception.js';
import { actionView, attendancePartView, itemView, minutesItemsFor } from '../view/minutes-view.js';
import { MinutesViews } from '../view/minutes-views.js';
import { actionAlreadyCreated, contentOf } from './minutes-content.js';
import { minutesItemOf } from '../minutes-items.js';
import { MinutesRepository } from '../minutes.repository.js';
import { SecrecyGroundService } from '../../secrecy/secrecy-ground.service.js';
import { SecrecyErrorCode, SecrecyException } from '../../secrecy/secrecy.exception.js';
import { MinutesEditor } from './minutes-editor.js';

/** A stale save, thrown inside the transaction and answered (with the part's author named) after it. */
class PendingConflict extends Error {
  constructor(
    readonly part: 'item' | 'attendance' | 'action',
    readonly key: string | null,
    readonly baseVersion: number | null,
    readonly version: number,
    readonly authorId: string | null | undefined,
    readonly view: (names: ReadonlyMap<string, string>) => unknown,
  ) {
    super('part conflict');
  }
}

/** What one part's save did: the new state of the minutes when it changed anything. */
interface PartOutcome<T> {
  changed: boolean;
  result: (names: ReadonlyMap<string, string>) => T;
  authors: (string | null | undefined)[];
}

/**
 * Saves one part of the minutes (#15): an item's notes and decisions, the attendance, one action. Each save
 * names the part's version it started from; the other parts are never touched. See docs/adr/0008.
 */
@Injectable()
export class MinutesPartEditor {
  constructor(
    private readonly meetings: MeetingReads,
    private readonly agendas: AgendaStore,
    private readonly editor: MinutesEditor,
    private readonly transactions: TransactionService,
    private readonly views: MinutesViews,
    private readonly secrecy: SecrecyGroundService,
    private readonly repository: MinutesRepository,
  ) {}

  async saveItem(
    user: AuthenticatedUser,
    meetingId: string,
    agendaItemId: string,
    input: PutMinutesItemInput,
  ): Promise<MinutesItemView> {
    const meeting = await this.writable(user, meetingId);
    const agendaItems = await this.agendas.findAgendaItems(meeting);
    return this.save(meeting, user, `item:${agendaItemId}`, (current, now) => {
      const items = minutesItemsFor(current, agendaItems);
      const index = items.findIndex((item) => item.agendaItemId === agendaItemId);
      if (index < 0) throw unknownAgendaItem(agendaItemId);
      const stored = items[index];
      const view = (names: ReadonlyMap<string, string>) => itemView(items[index], index + 1, names);
      const wanted = { notes: input.notes, decisions: input.decisions };
      if (
        this.unchanged('item', agendaItemId, stored, input.baseVersion, sameItemContent(stored, wanted), view)
      ) {
        return { changed: false, result: view, authors: [stored.updatedBy] };
      }
      items[index] = { ...stored, ...wanted, ...nextStamp(stored, user.personId, now) };
      current.items = items;
      return { changed: true, result: view, authors: [user.personId] };
    });
  }

  /**
   * The entry's own secrecy marking (#18): restricted on a ground of the region's active list (the ground it
   * has already stays accepted if since deactivated), or public again, i.e. following its agenda item, which
   * must then be public itself. Last writer wins and the part's version stays: the marking is not the text
   * the secretaries type together, so it never turns their pending saves into conflicts. A change is a
   * revision (secrecy_changed) like any edit, and the public versions read the entry so from then on.
   */
  async saveItemSecrecy(
    user: AuthenticatedUser,
    meetingId: string,
    agendaItemId: string,
    input: PutMinutesItemSecrecyInput,
  ): Promise<MinutesItemView> {
    const meeting = await this.writable(user, meetingId);
    const agendaItems = await this.agendas.findAgendaItems(meeting);
    const ref = agendaItems.find((item) => item.id === agendaItemId);
    if (!ref) throw unknownAgendaItem(agendaItemId);
    const stored = (await this.repository.findByMeeting(meeting.id))?.items.find(
      (item) => item.agendaItemId === agendaItemId,
    );
    const current = minutesItemOf(ref, stored);
    let ownSecrecy: MinutesSecrecy | null = null;
    if (input.visibility === 'public') {
      await this.secrecy.checkMarking(meeting.regionId, {
        visibility: 'public',
        ground: input.secrecyGround ?? null,
        note: input.secrecyNote ?? null,
      });
      if (ref.visibility === 'restricted') {
        throw new SecrecyException(
          SecrecyErrorCode.GroundFromAgenda,
          'The agenda item is restricted; that is changed on the agenda',
          { field: 'visibility' },
        );
      }
    } else {
      const marking = await this.secrecy.checkMarking(
        meeting.regionId,
        { visibility: 'restricted', ground: input.secrecyGround ?? null, note: input.secrecyNote ?? null },
        current.visibility === 'restricted' ? current.secrecyGround : undefined,
      );
      const asAgenda =
        ref.visibility === 'restricted' &&
        marking.ground === ref.secrecyGround &&
        (marking.note ?? null) === (ref.secrecyNote ?? null);
      ownSecrecy = asAgenda ? null : { ground: marking.ground!, note: marking.note ?? null };
    }
    return this.save(meeting, user, `secrecy:${agendaItemId}`, (minutes) => {
      const items = minutesItemsFor(minutes, agendaItems);
      const index = items.findIndex((item) => item.agendaItemId === agendaItemId);
      const view = (names: ReadonlyMap<string, string>) => itemView(items[index], index + 1, names);
      const before = items[index];
      if (JSON.stringify(before.ownSecrecy ?? null) === JSON.stringify(ownSecrecy)) {
        return { changed: false, result: view, authors: [before.updatedBy] };
      }
      items[index] = minutesItemOf(ref, { ...before, ownSecrecy });
      minutes.items = items;
      return { changed: true, result: view, authors: [before.updatedBy] };
    });
  }

  async saveAttendance(
    user: AuthenticatedUser,
    meetingId: string,
    input: PutMinutesAttendanceInput,
  ): Promise<MinutesAttendancePartView> {
    const meeting = await this.writable(user, meetingId);
    await this.editor.validateContent(meeting, [], { items: [], attendance: input.attendance, actions: [] });
    const participants = new Map(
      meeting.participants.map((participant) => [participant.personId, participant]),
    );
    return this.save(meeting, user, 'attendance', (current, now) => {
      const view = (names: ReadonlyMap<string, string>) => attendancePartView(meeting, current, names);
      const wanted = {
        attendance: input.attendance.map((entry) => ({
          personId: entry.personId,
          name: participants.get(entry.personId)?.name ?? '',
          organizationId: participants.get(entry.personId)?.organizationId ?? null,
          status: entry.status,
        })),
        guests: input.guests.map((guest) => ({ name: guest.name, organization: guest.organization ?? null })),
      };
      if (
        this.unchanged(
          'attendance',
          null,
          { version: current.attendanceVersion, updatedBy: current.attendanceUpdatedBy },
          input.baseVersion,
          sameAttendance(current, wanted),
          view,
        )
      ) {
        return { changed: false, result: view, authors: [current.attendanceUpdatedBy] };
      }
      const stamp = nextStamp({ version: current.attendanceVersion }, user.personId, now);
      Object.assign(current, wanted, {
        attendanceVersion: stamp.version,
        attendanceUpdatedAt: now,
        attendanceUpdatedBy: user.personId,
      });
      return { changed: true, result: view, authors: [user.personId] };
    });
  }

  /** POST: `created` false when the action was there already with this content (a retry). */
  async addAction(
    user: AuthenticatedUser,
    meetingId: string,
    input: PostMinutesActionInput,
  ): Promise<{ created: boolean; action: MinutesActionView }> {
    const meeting = await this.writable(user, meetingId);
    await this.validateAction(meeting, input);
    const { id, ...fields } = input;
    let created = false;
    const action = await this.save(meeting, user, `action:${id}`, (current, now) => {
      const content = actionContentOf(fields);
      const existing = current.actions.find((action) => action.id === id);
      if (existing) {
        const view = (names: ReadonlyMap<string, string>) => actionView(existing, names);
        if (!sameActionContent(existing, content)) {
          throw new PendingConflict('action', id, null, existing.version ?? 0, existing.updatedBy, view);
        }
        return { changed: false, result: view, authors: [existing.updatedBy] };
      }
      const added: MinutesAction = {
        id,
        ...content,
        actionId: null,
        opened: false,
        addedBy: user.personId,
        ...nextStamp(undefined, user.personId, now),
      };
      current.actions = [...current.actions, added];
      created = true;
      return {
        changed: true,
        result: (names) =>
          actionView(
            current.actions.find((action) => action.id === id)!,
            names,
          ),
        authors: [user.personId],
      };
    });
    return { created, action };
  }

  async updateAction(
    user: AuthenticatedUser,
    meetingId: string,
    id: string,
    input: PutMinutesActionInput,
  ): Promise<MinutesActionView> {
    const meeting = await this.writable(user, meetingId);
    const { baseVersion, ...fields } = input;
    await this.validateAction(meeting, fields);
    return this.save(meeting, user, `action:${id}`, (current, now) => {
      const index = current.actions.findIndex((action) => action.id === id);
      if (index < 0) throw actionNotFound(id);
      const stored = current.actions[index];
      const content = actionContentOf(fields);
      const view = (names: ReadonlyMap<string, string>) =>
        actionView(
          current.actions.find((action) => action.id === id)!,
          names,
        );
      const same = sameActionContent(stored, content);
      if (this.unchanged('action', id, stored, baseVersion, same, view)) {
        return { changed: false, result: view, authors: [stored.updatedBy] };
      }
      if (isOpened(stored)) throw actionAlreadyCreated(stored);
      const actions = [...current.actions];
      actions[index] = { ...stored, ...content, ...nextStamp(stored, user.personId, now) };
      current.actions = actions;
      return { changed: true, result: view, authors: [user.personId] };
    });
  }

  async deleteAction(
    user: AuthenticatedUser,
    meetingId: string,
    id: string,
    baseVersion: number,
  ): Promise<void> {
    const meeting = await this.writable(user, meetingId);
    await this.save(meeting, user, `action:${id}`, (current) => {
      const stored = current.actions.find((action) => action.id === id);
      if (!stored) return { changed: false, result: () => undefined, authors: [] };
      if ((stored.version ?? 0) !== baseVersion) {
        const view = (names: ReadonlyMap<string, string>) => actionView(stored, names);
        throw new PendingConflict('action', id, baseVersion, stored.version ?? 0, stored.updatedBy, view);
      }
      if (isOpened(stored)) throw actionAlreadyCreated(stored);
      current.actions = current.actions.filter((action) => action.id !== id);
      return { changed: true, result: () => undefined, authors: [] };
    });
  }

  private async writable(user: AuthenticatedUser, meetingId: string): Promise<MeetingView> {
    const meeting = await this.meetings.findVisibleById(user, meetingId);
    assertKeeper(user, meeting);
    assertNotCancelled(meeting);
    return meeting;
  }

  private async validateAction(meeting: MeetingView, action: MinutesActionInput): Promise<void> {
    const agendaItems = action.agendaItemId ? await this.agendas.findAgendaItems(meeting) : [];
    await this.editor.validateContent(meeting, agendaItems, { items: [], attendance: [], actions: [action] });
  }

  /**
   * True when the save changes nothing: the body equals the part (whatever version it started from, so a
   * retry after a lost answer is a 200). False when it is to be saved; 409 with the current part when it
   * started from another version than the part's.
   */
  private unchanged(
    part: 'item' | 'attendance' | 'action',
    key: string | null,
    stamp: { version?: number; updatedBy?: string | null },
    baseVersion: number,
    same: boolean,
    view: (names: ReadonlyMap<string, string>) => unknown,
  ): boolean {
    if (same) return true;
    const version = stamp.version ?? 0;
    if (baseVersion !== version) {
      throw new PendingConflict(part, key, baseVersion, version, stamp.updatedBy, view);
    }
    return false;
  }

  /**
   * One part's save in one transaction, under the minutes' row lock: `apply` changes `current` in place (or
   * throws), and a change raises the minutes' revision with an edit revision (coalesced per person and part).
   */
  private async save<T>(
    meeting: MeetingView,
    user: AuthenticatedUser,
    part: string,
    apply: (current: MinutesEntity, now: Date) => PartOutcome<T>,
  ): Promise<T> {
    try {
      const outcome = await this.transactions.run(async (manager) => {
        const current = await this.editor.lockEditable(manager, meeting);
        const before = contentOf(current);
        const outcome = apply(current, new Date());
        if (!outcome.changed) return outcome;
        await this.editor.commit(manager, meeting, current, before, user.personId, part);
        return outcome;
      });
      return outcome.result(await this.views.names(outcome.authors));
    } catch (error) {
      if (!(error instanceof PendingConflict)) throw error;
      const current = error.view(await this.views.names([error.authorId]));
      throw MinutesException.partConflict(error.part, error.key, error.baseVersion, error.version, current);
    }
  }
}

function unknownAgendaItem(agendaItemId: string): MinutesException {
  return new MinutesException(MinutesErrorCode.UnknownAgendaItem, 'Not an item on this meeting’s agenda', {
    agendaItemIds: [agendaItemId],
  });
}

function actionNotFound(id: string): MinutesException {
  return new MinutesException(MinutesErrorCode.ActionNotFound, 'No such action in the minutes', { id });
}
