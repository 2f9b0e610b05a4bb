import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url without padding: 43 characters. */
const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * A new secret token for a link or a cookie (calendar feeds, browser sessions, password links). Only its
 * hash is stored; the token itself is handed out once.
 */
export function generateOpaqueToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** SHA-256 of the token, hex: what the `token_hash` columns hold. */
export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Shape check before any lookup: anything else is refused without touching the database. */
export function isWellFormedOpaqueToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}
