import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ActionsFromMinutes, type ProposedActionContent } from '../../action/minutes/actions-from-minutes.js';
import { isOpened, sameActionContent } from '../minutes-parts.js';
import type { MinutesAction } from '../minutes.entity.js';

/**
 * Actions written in the minutes are actions at once (#15): `proposed` in /api/actions while the minutes
 * are written, following every change and deleted with them; open when the minutes lock (MinutesLock).
 */
@Injectable()
export class MinutesProposedActions {
  constructor(private readonly actions: ActionsFromMinutes) {}

  /**
   * In the caller's transaction, after the minutes' actions changed from `before` to `after`: creates and
   * changes their proposed actions, answering `after` with each action's `actionId`. The caller saves the
   * minutes and then strikes the proposed actions they no longer name (`strike`).
   */
  async follow(
    manager: EntityManager,
    meetingId: string,
    before: readonly MinutesAction[],
    after: readonly MinutesAction[],
    actorId: string,
  ): Promise<MinutesAction[]> {
    const previous = new Map(before.map((action) => [action.id, action]));
    const result: MinutesAction[] = [];
    for (const action of after) {
      if (isOpened(action)) {
        result.push(action);
        continue;
      }
      const content = actionInput(action, actorId);
      if (!action.actionId) {
        const { id } = await this.actions.createFromMinutes(manager, {
          ...content,
          meetingId,
          status: 'proposed',
          // In the name of who wrote it into the minutes.
          actorId: action.addedBy ?? actorId,
        });
        result.push({ ...action, actionId: id, opened: false });
        continue;
      }
      const old = previous.get(action.id);
      if (!old || !sameActionContent(old, action)) {
        await this.actions.updateFromMinutes(manager, action.actionId, meetingId, content);
      }
      result.push({ ...action, opened: false });
    }
    return result;
  }

  /** Once the minutes are saved without them: deletes the proposed actions of actions struck from them. */
  async strike(
    manager: EntityManager,
    before: readonly MinutesAction[],
    after: readonly MinutesAction[],
    actorId: string,
  ): Promise<void> {
    const kept = new Set(after.map((action) => action.id));
    for (const old of before) {
      if (!kept.has(old.id) && old.actionId && !isOpened(old)) {
        await this.actions.deleteFromMinutes(manager, old.actionId, actorId);
      }
    }
  }
}

/** An action of the minutes as ActionsFromMinutes takes it, written by `actorId`. */
export function actionInput(action: MinutesAction, actorId: string): ProposedActionContent {
  return {
    ...(action.agendaItemId ? { agendaItemId: action.agendaItemId } : {}),
    title: action.title,
    ...(action.description ? { description: action.description } : {}),
    ownerPersonId: action.ownerPersonId,
    ownerOrganizationId: action.ownerOrganizationId,
    dueDate: action.dueDate,
    strategyAreaIds: action.strategyAreaIds,
    actorId,
  };
}
