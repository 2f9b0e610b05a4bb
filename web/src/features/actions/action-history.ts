/** A history entry as the API answers for actions and questions alike. */
export interface HistoryEntry {
  [other: string]: unknown;
  changes: Record<string, { from?: unknown; to?: unknown }>;
  occurredAt: string;
}

/** One change of a history entry, ready to word: a known field with its old and new value. */
export interface HistoryChange {
  field: string;
  from: string | null;
  to: string | null;
}

function text(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return value.length > 0 ? value.map((item) => text(item) ?? '').join(', ') : null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The changes of a history entry in a stable order (status first), each value as text. */
export function historyChanges(entry: HistoryEntry): HistoryChange[] {
  return Object.entries(entry.changes)
    .map(([field, change]) => ({ field, from: text(change.from), to: text(change.to) }))
    .sort((a, b) => (a.field === 'status' ? -1 : b.field === 'status' ? 1 : a.field.localeCompare(b.field)));
}

/** Newest first, as a person reads a log. */
export function newestFirst<T extends HistoryEntry>(history: T[]): T[] {
  return [...history].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
}
