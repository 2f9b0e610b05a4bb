import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes as base64url: 43 characters. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A token for a link in an email: the token goes into the link, only its hash is stored. */
export interface LinkToken {
  token: string;
  /** SHA-256 of the token: what the database keeps. */
  hash: Buffer;
}

export function newLinkToken(): LinkToken {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashLinkToken(token)! };
}

/** The stored hash for a token from a URL; null when it cannot be one of ours (no database lookup). */
export function hashLinkToken(token: string): Buffer | null {
  if (typeof token !== 'string' || !TOKEN_PATTERN.test(token)) return null;
  return createHash('sha256').update(token, 'utf8').digest();
}
