import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes as base64url: 43 characters. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface RsvpToken {
  /** Goes into the email's link; never stored. */
  token: string;
  /** SHA-256 of the token: what the database keeps. */
  hash: Buffer;
}

/** A new random RSVP token and the hash to store. */
export function newRsvpToken(): RsvpToken {
  return newRsvpTokens(1)[0];
}

/** `count` new tokens from one draw of randomness (a meeting's invitations get theirs together). */
export function newRsvpTokens(count: number): RsvpToken[] {
  const random = randomBytes(32 * count);
  return Array.from({ length: count }, (_, index) => {
    const token = random.subarray(32 * index, 32 * (index + 1)).toString('base64url');
    return { token, hash: hashRsvpToken(token)! };
  });
}

/** The stored hash for a token from a URL; null when it cannot be one of ours (no database lookup). */
export function hashRsvpToken(token: string): Buffer | null {
  if (typeof token !== 'string' || !TOKEN_PATTERN.test(token)) return null;
  return createHash('sha256').update(token, 'utf8').digest();
}
