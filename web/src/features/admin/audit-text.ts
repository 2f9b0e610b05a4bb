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

/** An instant as the service writes it (ISO 8601 with a zone), to be shown in Swedish time. */
export function isDateTime(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text);
}

export interface AuditValueWords {
  yes: string;
  no: string;
  none: string;
  /** A list's text item in words (e.g. a role, an organization's name). */
  item?: (item: string) => string;
  /** Any other text in words (e.g. a status, an instant). */
  text?: (text: string) => string;
  /** A number in the reader's language (9,8). */
  number?: (value: number) => string;
  /** A key of a nested summary in words (trips → Resor). */
  key?: (key: string) => string;
}

/** A value of a summary in words: lists joined, yes/no, "–" for nothing, anything else as JSON. */
export function auditValue(value: unknown, words: AuditValueWords): string {
  if (value === null || value === undefined || value === '') return words.none;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number' && words.number) return words.number(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return words.none;
    return value
      .map((item) => (typeof item === 'string' && words.item ? words.item(item) : auditValue(item, words)))
      .join(', ');
  }
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== null && inner !== undefined)
      .map(([key, inner]) => `${words.key ? words.key(key) : key}: ${auditValue(inner, words)}`);
    return parts.length > 0 ? parts.join(', ') : words.none;
  }
  if (typeof value === 'string') return words.text ? words.text(value) : value;
  return JSON.stringify(value);
}
