/**
 * The parts of the minutes the API saves one by one, each with its own version (MINUTES-API: an item's
 * notes and decisions, the attendance with the guests, one action), as the editor holds them: the draft
 * store's `part` keys and values, what goes to the server, and when two values say the same thing.
 */

export type AttendanceStatus = 'present' | 'absent' | 'excused';

/** An item's notes and decisions as the secretary writes them (empty decision rows included). */
export interface ItemValue {
  notes: string;
  decisions: string[];
}

/** Attendance of each participant (unrecorded ones left out) and the guests, rows being typed included. */
export interface AttendanceValue {
  attendance: Array<{ personId: string; status: AttendanceStatus }>;
  guests: Array<{ name: string; organization: string }>;
}

/** One action written in the minutes; `null` is an action the secretary removed. */
export interface ActionFields {
  agendaItemId: string | null;
  title: string;
  description: string;
  ownerOrganizationId: string;
  ownerPersonId: string;
  dueDate: string;
  strategyAreaIds: string[];
}
export type ActionValue = ActionFields | null;

export type PartRef = { kind: 'item'; id: string } | { kind: 'attendance' } | { kind: 'action'; id: string };

export const partKey = {
  item: (agendaItemId: string) => `item:${agendaItemId}`,
  attendance: 'attendance',
  action: (id: string) => `action:${id}`,
};

export function parsePart(part: string): PartRef {
  if (part === partKey.attendance) return { kind: 'attendance' };
  const [kind, id] = part.split(':', 2);
  if ((kind === 'item' || kind === 'action') && id) return { kind, id };
  throw new Error(`Not a part of the minutes: ${part}`);
}

/** The server's item as the editor holds it. */
export function itemValue(item: { notes: string | null; decisions: readonly string[] }): ItemValue {
  return { notes: item.notes ?? '', decisions: [...item.decisions] };
}

/** What is sent for an item: no notes as null, decisions trimmed and the empty rows left out. */
export function itemBody(value: ItemValue): { notes: string | null; decisions: string[] } {
  return {
    notes: value.notes.trim() ? value.notes : null,
    decisions: value.decisions.map((decision) => decision.trim()).filter(Boolean),
  };
}

/** The server's attendance part as the editor holds it. */
export function attendanceValue(part: {
  attendance: ReadonlyArray<{ personId: string; status: AttendanceStatus | null }>;
  guests: ReadonlyArray<{ name: string; organization: string | null }>;
}): AttendanceValue {
  return {
    attendance: part.attendance.flatMap((entry) =>
      entry.status ? [{ personId: entry.personId, status: entry.status }] : [],
    ),
    guests: part.guests.map((guest) => ({ name: guest.name, organization: guest.organization ?? '' })),
  };
}

/** What is sent for the attendance: guests without a name yet stay in the editor only. */
export function attendanceBody(value: AttendanceValue) {
  return {
    attendance: value.attendance,
    guests: value.guests
      .filter((guest) => guest.name.trim())
      .map((guest) => ({
        name: guest.name.trim(),
        ...(guest.organization.trim() && { organization: guest.organization.trim() }),
      })),
  };
}

/** The server's action as the editor holds it. */
export function actionValue(action: {
  agendaItemId: string | null;
  title: string;
  description: string | null;
  ownerOrganizationId: string;
  ownerPersonId: string;
  dueDate: string;
  strategyAreaIds: readonly string[];
}): ActionFields {
  return {
    agendaItemId: action.agendaItemId,
    title: action.title,
    description: action.description ?? '',
    ownerOrganizationId: action.ownerOrganizationId,
    ownerPersonId: action.ownerPersonId,
    dueDate: action.dueDate,
    strategyAreaIds: [...action.strategyAreaIds],
  };
}

/** What is sent for an action (an empty description left out). */
export function actionBody(value: ActionFields) {
  return {
    agendaItemId: value.agendaItemId,
    title: value.title.trim(),
    ...(value.description.trim() && { description: value.description.trim() }),
    ownerOrganizationId: value.ownerOrganizationId,
    ownerPersonId: value.ownerPersonId,
    dueDate: value.dueDate,
    strategyAreaIds: value.strategyAreaIds,
  };
}

/** A part's value as the server would store it: two values that say the same thing compare equal. */
export function normalized(part: string, value: unknown): unknown {
  const ref = parsePart(part);
  if (ref.kind === 'item') {
    const body = itemBody(value as ItemValue);
    return { notes: body.notes?.trim() ?? null, decisions: body.decisions };
  }
  if (ref.kind === 'attendance') {
    const body = attendanceBody(value as AttendanceValue);
    return {
      attendance: [...body.attendance].sort((a, b) => a.personId.localeCompare(b.personId)),
      guests: body.guests,
    };
  }
  return value === null ? null : actionBody(value as ActionFields);
}

/** Whether two values of a part say the same thing (trailing spaces, empty rows and order of people aside). */
export function sameContent(part: string, a: unknown, b: unknown): boolean {
  return JSON.stringify(normalized(part, a)) === JSON.stringify(normalized(part, b));
}

/** A first merge of two texts for the secretary to edit: theirs, then the paragraphs only mine has. */
export function mergeText(theirs: string, mine: string): string {
  const paragraphs = (text: string) =>
    text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
  const theirParagraphs = paragraphs(theirs);
  const known = new Set(theirParagraphs);
  return [...theirParagraphs, ...paragraphs(mine).filter((p) => !known.has(p))].join('\n\n');
}

/** Decisions of both versions, theirs first, each once. */
export function mergeDecisions(theirs: readonly string[], mine: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...theirs, ...mine]
    .map((decision) => decision.trim())
    .filter((decision) => decision && !seen.has(decision) && seen.add(decision));
}
