import type { AuditEntry } from './hooks/useAuditLog';

export interface AuditChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * What an entry changed, field by field: an update keeps only the fields that differ (the service's
 * onlyChanges), so each key of `after` or `before` is one change. A creation or deletion has one side.
 */
export function auditChanges(entry: Pick<AuditEntry, 'before' | 'after'>): AuditChange[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields.map((field) => ({
    field,
    before: entry.before ? (before[field] ?? null) : undefined,
    after: entry.after ? (after[field] ?? null) : undefined,
  }));
}

function named(summary: Record<string, unknown> | null): string | null {
  if (!summary) return null;
  for (const key of ['name', 'title']) {
    const value = summary[key];
    if (typeof value === 'string' && value.trim()) return value;
  }
  return null;
}

/**
 * The name of what the entry is about: the service's label (the record's current name or title), else a
 * name in the entry's own summaries, else null (the page then says what kind of thing it was).
 */
export function auditSubject(entry: Pick<AuditEntry, 'entityLabel' | 'before' | 'after'>): string | null {
  return entry.entityLabel ?? named(entry.after) ?? named(entry.before);
}

/** A value of a summary in words: lists joined, yes/no, "–" for nothing, anything else as JSON. */
export function auditValue(
  value: unknown,
  words: { yes: string; no: string; none: string; item?: (item: string) => string },
): string {
  if (value === null || value === undefined || value === '') return words.none;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value)) {
    if (value.length === 0) return words.none;
    return value
      .map((item) => (typeof item === 'string' && words.item ? words.item(item) : auditValue(item, words)))
      .join(', ');
  }
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== null && inner !== undefined)
      .map(([key, inner]) => `${key}: ${auditValue(inner, words)}`);
    return parts.length > 0 ? parts.join(', ') : words.none;
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}
