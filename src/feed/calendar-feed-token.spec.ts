import { generateFeedToken, hashFeedToken, isWellFormedFeedToken } from './calendar-feed-token.js';
import { matchesEtag } from './calendar-feed.service.js';

describe('calendar feed tokens', () => {
  it('are 32 random bytes in base64url, stored as a SHA-256 hex digest', () => {
    const token = generateFeedToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(generateFeedToken()).not.toBe(token);
    expect(hashFeedToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashFeedToken(token)).toBe(hashFeedToken(token));
    // The known SHA-256 of "abc": the hash is plain SHA-256 of the token text.
    expect(hashFeedToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('are recognised by shape before any lookup', () => {
    expect(isWellFormedFeedToken(generateFeedToken())).toBe(true);
    expect(isWellFormedFeedToken('A'.repeat(42))).toBe(false);
    expect(isWellFormedFeedToken('A'.repeat(44))).toBe(false);
    expect(isWellFormedFeedToken(`${'A'.repeat(42)}=`)).toBe(false);
    expect(isWellFormedFeedToken(`${'A'.repeat(42)}.`)).toBe(false);
  });
});

describe('matchesEtag', () => {
  it('compares entity tags weakly, in lists and with *', () => {
    expect(matchesEtag('"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('W/"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('"x", "abc"', '"abc"')).toBe(true);
    expect(matchesEtag('*', '"abc"')).toBe(true);
    expect(matchesEtag('"abd"', '"abc"')).toBe(false);
    expect(matchesEtag('abc', '"abc"')).toBe(false);
  });
});
