import type { OverdueActionGroup } from '../mail/templates/action.js';
import { daysUntil } from './action-schedule.js';

export interface OverdueAction {
  title: string;
  ownerPersonId: string;
  ownerOrganizationId: string;
  dueDate: string;
}

/**
 * Groups overdue actions by owner organization for a digest: groups by organization name (Swedish
 * collation, so Å, Ä, Ö sort last), actions by due date (oldest first), then title.
 */
export function groupOverdueActions(
  actions: readonly OverdueAction[],
  names: { organizations: ReadonlyMap<string, string>; people: ReadonlyMap<string, string> },
  today: string,
): OverdueActionGroup[] {
  const byOrganization = new Map<string, OverdueAction[]>();
  for (const action of actions) {
    const list = byOrganization.get(action.ownerOrganizationId) ?? [];
    list.push(action);
    byOrganization.set(action.ownerOrganizationId, list);
  }
  const collator = new Intl.Collator('sv');
  return [...byOrganization]
    .map(([organizationId, list]) => ({
      organizationName: names.organizations.get(organizationId) ?? '',
      count: String(list.length),
      actions: [...list]
        .sort((a, b) =>
          a.dueDate === b.dueDate ? collator.compare(a.title, b.title) : a.dueDate < b.dueDate ? -1 : 1,
        )
        .map((action) => ({
          title: action.title,
          ownerName: names.people.get(action.ownerPersonId) ?? '',
          dueDate: action.dueDate,
          daysOverdue: String(-daysUntil(action.dueDate, today)),
        })),
    }))
    .sort((a, b) => collator.compare(a.organizationName, b.organizationName));
}
