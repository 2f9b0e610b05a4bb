import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes as base64url: 43 characters. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface ApprovalToken {
  /** Goes into the email's link; never stored. */
  token: string;
  /** SHA-256 of the token: what the database keeps. */
  hash: Buffer;
}

export function newApprovalToken(): ApprovalToken {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashApprovalToken(token)! };
}

/** The stored hash for a token from a URL; null when it cannot be one of ours (no database lookup). */
export function hashApprovalToken(token: string): Buffer | null {
  if (typeof token !== 'string' || !TOKEN_PATTERN.test(token)) return null;
  return createHash('sha256').update(token, 'utf8').digest();
}
