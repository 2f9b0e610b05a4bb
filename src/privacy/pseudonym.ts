/** What an erased person's name begins with; the rest is the start of their id. */
export const PSEUDONYM_PREFIX = 'Borttagen person ';

/** The name an erased person goes by: the same for the same person, nothing of who they were. */
export function pseudonymOf(personId: string): string {
  return `${PSEUDONYM_PREFIX}${personId.slice(0, 8)}`;
}

/** The address an erased person's row and emails keep: unique (the id), undeliverable (RFC 6761 `.invalid`). */
export function erasedAddressOf(personId: string): string {
  return `erased+${personId}@invalid`;
}
