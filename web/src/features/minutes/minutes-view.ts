import { formatDateTime } from '../../shared/format';
import type { Minutes, MinutesRevision } from './hooks/useMinutes';

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

/** People the minutes name (attendance and adjusters), by id, for action owners. */
export function peopleNamed(minutes: Pick<Minutes, 'attendance' | 'review'>): Map<string, string> {
  const names = new Map<string, string>();
  for (const entry of minutes.attendance) if (entry.name) names.set(entry.personId, entry.name);
  for (const adjuster of minutes.review?.adjusters ?? []) {
    if (adjuster.name) names.set(adjuster.personId, adjuster.name);
  }
  return names;
}

type MinutesChange = MinutesRevision['changes'][number];
type Translate = (key: string, options?: Record<string, unknown>) => string;

/** One change of a revision in the reader's language (the API gives it as data; old rows as stored text). */
export function changeText(change: MinutesChange, t: Translate, language: string): string {
  const status = (value: string) => t(`attendanceStatuses.${value}`);
  switch (change.kind) {
    case 'notes_added':
    case 'notes_changed':
    case 'notes_removed':
    case 'item_removed':
      return t(`changes.${change.kind}`, { item: change.itemTitle });
    case 'decisions_changed': {
      const key =
        change.added && change.removed
          ? 'decisions_added_removed'
          : change.added
            ? 'decisions_added'
            : change.removed
              ? 'decisions_removed'
              : 'decisions_reordered';
      return t(`changes.${key}`, { item: change.itemTitle, added: change.added, removed: change.removed });
    }
    case 'secrecy_changed':
      return change.ground
        ? t('changes.secrecy_marked', { item: change.itemTitle, ground: change.ground })
        : t('changes.secrecy_removed', { item: change.itemTitle });
    case 'attendance_recorded':
      return t('changes.attendance_recorded', { person: change.personName, status: status(change.status) });
    case 'attendance_changed':
      return t('changes.attendance_changed', {
        person: change.personName,
        from: status(change.from),
        to: status(change.to),
      });
    case 'attendance_removed':
      return t('changes.attendance_removed', { person: change.personName });
    case 'guest_added':
    case 'guest_removed':
      return t(`changes.${change.kind}`, { guest: change.guestName });
    case 'action_added':
    case 'action_removed':
      return t(`changes.${change.kind}`, { action: change.actionTitle });
    case 'action_changed':
      return t('changes.action_changed', {
        action: change.actionTitle,
        fields: change.fields.map((field) => t(`changes.actionFields.${field}`)).join(', '),
      });
    case 'submitted':
      return t('changes.submitted', {
        names: change.adjusterNames.join(', '),
        deadline: formatDateTime(change.deadlineAt, language),
      });
    case 'locked':
      return change.actionsCreated
        ? t('changes.locked_actions', { review: change.review, count: change.actionsCreated })
        : t('changes.locked', { review: change.review });
    case 'text':
      return change.text;
  }
}
