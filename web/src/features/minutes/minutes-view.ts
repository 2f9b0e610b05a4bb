import type { Minutes } from './hooks/useMinutes';

type MinutesAction = Minutes['actions'][number];

/** Whether anything was ever recorded: the API answers a draft at revision 0 for a meeting without minutes. */
export function hasMinutes(minutes: Pick<Minutes, 'revision'>): boolean {
  return minutes.revision > 0;
}

/** The minutes' actions under their agenda item; those on no item (or an item no longer shown) under `null`. */
export function actionsByItem(
  minutes: Pick<Minutes, 'items' | 'actions'>,
): Map<string | null, MinutesAction[]> {
  const shown = new Set(minutes.items.map((item) => item.agendaItemId));
  const grouped = new Map<string | null, MinutesAction[]>();
  for (const action of minutes.actions) {
    const key = action.agendaItemId && shown.has(action.agendaItemId) ? action.agendaItemId : null;
    grouped.set(key, [...(grouped.get(key) ?? []), action]);
  }
  return grouped;
}

/** People the minutes name (attendance and adjusters), by id, for owners and revision authors. */
export function peopleNamed(minutes: Pick<Minutes, 'attendance' | 'review'>): Map<string, string> {
  const names = new Map<string, string>();
  for (const entry of minutes.attendance) if (entry.name) names.set(entry.personId, entry.name);
  for (const adjuster of minutes.review?.adjusters ?? []) {
    if (adjuster.name) names.set(adjuster.personId, adjuster.name);
  }
  return names;
}
