import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url without padding: 43 characters. */
const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A new feed token. Only its hash is stored; the token itself is shown to its creator once. */
export function generateFeedToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** SHA-256 of the token, hex: what calendar_feed_tokens.token_hash holds. */
export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Shape check before any lookup: anything else is answered 404 without touching the database. */
export function isWellFormedFeedToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}
