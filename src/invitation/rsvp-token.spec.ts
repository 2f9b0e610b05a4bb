import { createHash } from 'node:crypto';
import { hashRsvpToken, newRsvpToken } from './rsvp-token';

describe('RSVP tokens', () => {
  it('are 32 random bytes in base64url, stored only as their SHA-256', () => {
    const { token, hash } = newRsvpToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(hash.equals(createHash('sha256').update(token).digest())).toBe(true);
    expect(hash.toString('hex')).not.toContain(token);
    expect(newRsvpToken().token).not.toBe(token);
  });

  it('refuses anything that cannot be a token without hashing it', () => {
    for (const bad of [
      '',
      'short',
      `${'a'.repeat(42)}=`,
      `${'a'.repeat(44)}`,
      `${'a'.repeat(42)}/`,
      '../../etc/passwd',
    ]) {
      expect(hashRsvpToken(bad)).toBeNull();
    }
    expect(hashRsvpToken('a'.repeat(43))).toHaveLength(32);
  });
});
