import { isRegionStaff } from '../../app/roles';
import type { Me } from '../auth/hooks/useMe';

/** What the "Ny åtgärd" form holds (ids as the selects give them; '' is "none chosen"). */
export interface NewActionForm {
  title: string;
  description: string;
  ownerOrganizationId: string;
  ownerPersonId: string;
  dueDate: string;
  strategyAreaId: string;
  meetingId: string;
}

export type NewActionField = 'title' | 'ownerOrganizationId' | 'ownerPersonId' | 'dueDate';
/** The i18n key (actions namespace) of each field's problem. */
export type NewActionErrors = Partial<Record<NewActionField, string>>;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as the API takes it (YYYY-MM-DD, and a day the calendar knows: no 2026-02-30). */
export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The fields the API would refuse, each with the i18n key of its message; empty when the form may be sent. */
export function newActionErrors(form: NewActionForm): NewActionErrors {
  const errors: NewActionErrors = {};
  if (!form.title.trim()) errors.title = 'new.titleRequired';
  else if (form.title.trim().length > 300) errors.title = 'new.titleTooLong';
  if (!form.ownerOrganizationId) errors.ownerOrganizationId = 'new.organizationRequired';
  if (!form.ownerPersonId) errors.ownerPersonId = 'new.personRequired';
  if (!form.dueDate) errors.dueDate = 'new.dueDateRequired';
  else if (!isLocalDate(form.dueDate)) errors.dueDate = 'new.dueDateInvalid';
  return errors;
}

/** The body of POST /api/actions from a valid form (empty optional fields left out). */
export function newActionBody(form: NewActionForm) {
  return {
    title: form.title.trim(),
    ...(form.description.trim() && { description: form.description.trim() }),
    ownerOrganizationId: form.ownerOrganizationId,
    ownerPersonId: form.ownerPersonId,
    dueDate: form.dueDate,
    strategyAreaIds: form.strategyAreaId ? [form.strategyAreaId] : [],
    ...(form.meetingId && { meetingId: form.meetingId }),
  };
}

/**
 * The organizations an action may be owned by: the caller's scope (the region's people: the region, its
 * municipalities and its outside organisations, once those are read; a municipality's people: their own
 * municipality).
 */
export function ownerOrganizations(
  me: Me,
  municipalities: ReadonlyArray<{ id: string; name: string }>,
  externals: ReadonlyArray<{ id: string; name: string }> = [],
): Array<{ id: string; name: string }> {
  const own = { id: me.organizationId, name: me.organization.name };
  if (!isRegionStaff(me)) return [own];
  return [
    own,
    ...[...municipalities, ...externals].filter((o) => o.id !== own.id).map(({ id, name }) => ({ id, name })),
  ];
}
