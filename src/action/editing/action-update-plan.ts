import { type AuthenticatedUser, hasRole } from '../../common/auth/authenticated-user.js';
import { ForbiddenError } from '../../common/errors/domain-error.js';
import type { UpdateActionInput } from '../action.dto.js';
import { type ActionEntity, isOpenStatus } from '../action.entity.js';
import { ActionErrorCode, ActionException } from '../action.exception.js';

/** What the owner alone may change on their action. */
const OWNER_FIELDS = new Set(['status', 'comment', 'version']);

type Changes = Record<string, { from: unknown; to: unknown }>;

/** The columns a PATCH may change. */
export type ActionFields = Pick<
  ActionEntity,
  | 'ownerPersonId'
  | 'ownerOrganizationId'
  | 'regionId'
  | 'meetingId'
  | 'agendaItemId'
  | 'title'
  | 'description'
  | 'dueDate'
  | 'status'
  | 'closedAt'
>;

/** The action as stored, locked for the update; its strategy areas when the PATCH replaces them. */
export interface ActionUpdateCurrent {
  action: ActionFields;
  strategyAreaIds?: readonly string[];
}

/**
 * A PATCH with what needs the database looked up and checked (ActionEditor does, in order): the owner's
 * organization when the owner changes, and the strategy areas asked for, each usable in the action's region.
 */
export interface ActionUpdateRequest {
  input: UpdateActionInput;
  ownerOrganization?: { id: string; regionId: string };
  strategyAreaIds?: readonly string[];
}

/** What a PATCH changes, decided before anything is written (ActionEditor.update carries it out). */
export interface ActionUpdatePlan {
  /** The action's new column values, only those that differ; closedAt follows the status. */
  fields: Partial<ActionFields>;
  /** The strategy areas to store, when they differ (in order) from the stored ones. */
  strategyAreaIds: readonly string[] | null;
  /** The history's and the audit entry's field → { from, to }, dates as ISO strings. */
  changes: Changes;
  /** The history event: 'updated' when something changed, 'commented' for a comment alone, else none. */
  event: 'updated' | 'commented' | null;
  /** A new due date, or a reopened action, needs its reminders; old ones see the change and skip. */
  schedulesReminders: boolean;
}

/**
 * Checked before anything is looked up: a proposed action changes only through its minutes; coordinators of
 * the region change any action in scope, secretaries and coordinators their organization's, the owner the
 * status and a comment; the version to match.
 */
export function checkActionUpdate(
  user: AuthenticatedUser,
  action: Pick<ActionEntity, 'status' | 'meetingId' | 'ownerPersonId' | 'ownerOrganizationId' | 'version'>,
  input: UpdateActionInput,
): void {
  if (action.status === 'proposed') {
    throw new ActionException(
      ActionErrorCode.Proposed,
      'The action is proposed in minutes not yet approved; change it in the minutes',
      { meetingId: action.meetingId },
    );
  }
  if (!mayManage(user, action)) {
    if (action.ownerPersonId !== user.personId) throw new ForbiddenError('You cannot change this action');
    const other = Object.keys(input).filter((key) => !OWNER_FIELDS.has(key));
    if (other.length > 0) {
      throw new ForbiddenError(`As its owner you change the status and comment; not ${other.join(', ')}`);
    }
  }
  if (input.version !== undefined && input.version !== action.version) {
    throw new ActionException(ActionErrorCode.VersionConflict, 'The action was changed by someone else', {
      currentVersion: action.version,
    });
  }
}

function mayManage(user: AuthenticatedUser, action: Pick<ActionEntity, 'ownerOrganizationId'>): boolean {
  if (hasRole(user, 'admin')) return true;
  if (user.organizationKind === 'region' && hasRole(user, 'coordinator')) return true;
  return hasRole(user, 'coordinator', 'secretary') && action.ownerOrganizationId === user.organizationId;
}

/** Diffs the PATCH against the stored action: fields, strategy areas, history, reminders. */
export function planActionUpdate(
  current: ActionUpdateCurrent,
  request: ActionUpdateRequest,
  now: Date,
): ActionUpdatePlan {
  const { input, ownerOrganization } = request;
  const next: ActionFields = { ...current.action };
  const fields: Partial<ActionFields> = {};
  const changes: Changes = {};
  const change = <K extends keyof ActionFields>(key: K, value: ActionFields[K]): void => {
    if (next[key] === value) return;
    changes[key] = { from: next[key], to: value };
    next[key] = value;
    fields[key] = value;
  };
  const wasOpen = isOpenStatus(current.action.status);

  if (ownerOrganization) {
    change('ownerPersonId', input.ownerPersonId ?? next.ownerPersonId);
    change('ownerOrganizationId', ownerOrganization.id);
    change('regionId', ownerOrganization.regionId);
  }
  if (input.meetingId !== undefined) {
    // An item of the meeting it leaves stays behind with it.
    if (input.meetingId !== next.meetingId && input.agendaItemId === undefined) change('agendaItemId', null);
    change('meetingId', input.meetingId);
  }
  if (input.agendaItemId !== undefined) change('agendaItemId', input.agendaItemId);
  if (input.title !== undefined) change('title', input.title);
  if (input.description !== undefined) change('description', input.description);
  if (input.dueDate !== undefined) change('dueDate', input.dueDate);
  if (input.status !== undefined) {
    change('status', input.status);
    if (isOpenStatus(input.status)) change('closedAt', null);
    else if (wasOpen) next.closedAt = fields.closedAt = now;
  }
  let strategyAreaIds: readonly string[] | null = null;
  if (request.strategyAreaIds !== undefined) {
    const before = current.strategyAreaIds ?? [];
    if (before.join() !== request.strategyAreaIds.join()) {
      strategyAreaIds = request.strategyAreaIds;
      changes.strategyAreaIds = { from: before, to: request.strategyAreaIds };
    }
  }
  const changed = Object.keys(changes).length > 0;
  const reopened = !wasOpen && isOpenStatus(next.status);
  return {
    fields,
    strategyAreaIds,
    changes: dateless(changes),
    event: changed ? 'updated' : input.comment !== undefined ? 'commented' : null,
    schedulesReminders:
      changed && isOpenStatus(next.status) && (next.dueDate !== current.action.dueDate || reopened),
  };
}

/** History and audit values as JSON: dates as ISO strings. */
function dateless(changes: Changes): Changes {
  const plain = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : value);
  return Object.fromEntries(
    Object.entries(changes).map(([key, value]) => [key, { from: plain(value.from), to: plain(value.to) }]),
  );
}
