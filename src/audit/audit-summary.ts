/** Keys that never enter the audit log, whatever object they sit in. */
const SECRET_KEY = /^password$|hash|secret|token/i;

/**
 * A before/after summary fit for the append-only audit log: secrets (password hashes, tokens) removed at any
 * depth, so a careless caller cannot write one into a table that can never be corrected.
 */
export function auditSummary(
  value: Record<string, unknown> | null | undefined,
): Record<string, unknown> | null {
  if (value === null || value === undefined) return null;
  return strip(value) as Record<string, unknown>;
}

function strip(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => strip(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    if (SECRET_KEY.test(key) || inner === undefined) continue;
    out[key] = strip(inner, depth + 1);
  }
  return out;
}

/** These fields of an entity, as they are, for its audit summary (the keys the log has always used). */
export function auditedFields<T extends object, K extends keyof T & string>(
  entity: T,
  keys: readonly K[],
): Record<K, T[K]> {
  return Object.fromEntries(keys.map((key) => [key, entity[key]])) as Record<K, T[K]>;
}

/** The fields whose values differ between two summaries, for compact update entries. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const changedBefore: Record<string, unknown> = {};
  const changedAfter: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changedBefore[key] = before[key] ?? null;
      changedAfter[key] = after[key] ?? null;
    }
  }
  return { before: changedBefore, after: changedAfter };
}
