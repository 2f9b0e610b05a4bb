import { SignInStateSealer, safeReturnPath } from './sign-in-state';

const state = {
  provider: 'region',
  state: 'state-1',
  nonce: 'nonce-1',
  codeVerifier: 'verifier-that-must-stay-secret',
  returnTo: '/rounds',
  expiresAt: Date.now() + 60_000,
};

describe('the sign-in state cookie', () => {
  const sealer = new SignInStateSealer('a-secret-that-is-long-enough-0123456789');

  it('opens what it sealed, and nobody can read the verifier in the cookie', () => {
    const sealed = sealer.seal(state);
    expect(sealed).not.toContain('verifier');
    expect(Buffer.from(sealed, 'base64url').toString('latin1')).not.toContain('verifier');
    expect(sealer.open(sealed)).toEqual(state);
  });

  it('refuses an altered, foreign or expired value', () => {
    const sealed = sealer.seal(state);
    const altered = `${sealed.slice(0, 30)}${sealed[30] === 'A' ? 'B' : 'A'}${sealed.slice(31)}`;
    expect(sealer.open(altered)).toBeNull();
    expect(new SignInStateSealer('another-secret-that-is-long-enough-0123').open(sealed)).toBeNull();
    expect(sealer.open(sealed, state.expiresAt + 1)).toBeNull();
    expect(sealer.open(undefined)).toBeNull();
    expect(sealer.open('not base64url!')).toBeNull();
  });

  it('lands only on a path of the web app', () => {
    expect(safeReturnPath('/meetings?x=1')).toBe('/meetings?x=1');
    for (const value of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      '/api/me',
      'meetings',
      42,
      undefined,
      '/a\nb',
    ]) {
      expect(safeReturnPath(value)).toBe('/');
    }
  });
});
