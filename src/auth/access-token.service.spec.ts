import { SignJWT } from 'jose';
import { loadConfig } from '../config/app-config';
import { AccessTokenService } from './access-token.service';
import { AuthErrorCode, AuthException } from './auth.exception';

const SECRET = 'unit-test-secret-that-is-long-enough-012345';
const PERSON = '6f1c1a53-8f0e-4c38-9a57-2a4f5d0c9b11';

function service(ttl = '3600'): AccessTokenService {
  return new AccessTokenService(loadConfig({ NODE_ENV: 'test', JWT_SECRET: SECRET, JWT_TTL_SECONDS: ttl }));
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error instanceof AuthException ? error.code : 'other';
  }
}

describe('AccessTokenService', () => {
  it('issues HS256 tokens naming the person, which it verifies', async () => {
    const tokens = service('600');
    const issued = await tokens.issue(PERSON, 3);
    expect(issued.expiresIn).toBe(600);
    const [header, payload] = issued.accessToken
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));
    expect(header.alg).toBe('HS256');
    expect(payload.exp - payload.iat).toBe(600);
    await expect(tokens.verify(issued.accessToken)).resolves.toEqual({
      kind: 'person',
      personId: PERSON,
      credentialsVersion: 3,
    });
  });

  it('refuses tokens of another secret, expired ones, non-uuid subjects and other algorithms', async () => {
    const tokens = service();
    const sign = (secret: string, sub: string, exp: number, claims: Record<string, unknown> = { cv: 0 }) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(sub)
        .setIssuer('samverkan')
        .setAudience('samverkan-api')
        .setIssuedAt(exp - 600)
        .setExpirationTime(exp)
        .sign(new TextEncoder().encode(secret));
    const now = Math.floor(Date.now() / 1000);
    expect(await codeOf(tokens.verify(await sign('x'.repeat(40), PERSON, now + 60)))).toBe(
      AuthErrorCode.InvalidToken,
    );
    expect(await codeOf(tokens.verify(await sign(SECRET, PERSON, now - 1)))).toBe(AuthErrorCode.TokenExpired);
    expect(await codeOf(tokens.verify(await sign(SECRET, 'admin', now + 60)))).toBe(
      AuthErrorCode.InvalidToken,
    );
    const hs512 = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS512' })
      .setSubject(PERSON)
      .setIssuer('samverkan')
      .setAudience('samverkan-api')
      .setIssuedAt()
      .setExpirationTime(now + 60)
      .sign(new TextEncoder().encode(SECRET));
    expect(await codeOf(tokens.verify(hs512))).toBe(AuthErrorCode.InvalidToken);
    // An RS256 token when no external issuer is configured.
    const rs = `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from('{}').toString('base64url')}.sig`;
    expect(await codeOf(tokens.verify(rs))).toBe(AuthErrorCode.InvalidToken);
    expect(await codeOf(tokens.verify('not.a.token'))).toBe(AuthErrorCode.InvalidToken);
    // Without the credentials version it was issued under, or with a malformed one.
    expect(await codeOf(tokens.verify(await sign(SECRET, PERSON, now + 60, {})))).toBe(
      AuthErrorCode.InvalidToken,
    );
    expect(await codeOf(tokens.verify(await sign(SECRET, PERSON, now + 60, { cv: '0' })))).toBe(
      AuthErrorCode.InvalidToken,
    );
    expect(await codeOf(tokens.verify(await sign(SECRET, PERSON, now + 60)))).toBeUndefined();
  });

  describe('tokens already verified', () => {
    afterEach(() => {
      jest.useRealTimers();
    });

    it('are known by their exact text until they expire, then refused as expired', async () => {
      const start = Date.parse('2026-03-02T09:00:00Z');
      // Only the clock is faked: WebCrypto and promises run as usual.
      jest.useFakeTimers({
        now: start,
        doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate', 'setTimeout'],
      });
      const tokens = service('60');
      const { accessToken } = await tokens.issue(PERSON, 3);
      await expect(tokens.verify(accessToken)).resolves.toEqual({
        kind: 'person',
        personId: PERSON,
        credentialsVersion: 3,
      });
      // One character of the signature changed: verified in full, and refused.
      const last = accessToken.at(-2) === 'A' ? 'B' : 'A';
      const tampered = `${accessToken.slice(0, -2)}${last}${accessToken.slice(-1)}`;
      expect(await codeOf(tokens.verify(tampered))).toBe(AuthErrorCode.InvalidToken);
      jest.setSystemTime(start + 59_000);
      await expect(tokens.verify(accessToken)).resolves.toEqual({
        kind: 'person',
        personId: PERSON,
        credentialsVersion: 3,
      });
      jest.setSystemTime(start + 60_000);
      expect(await codeOf(tokens.verify(accessToken))).toBe(AuthErrorCode.TokenExpired);
      expect(await codeOf(tokens.verify(accessToken))).toBe(AuthErrorCode.TokenExpired);
    });
  });
});

describe('AccessTokenService lifetimes of tokens signed with our secret', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const sign = (claims: { iat?: number; exp: number }) => {
    const jwt = new SignJWT({ cv: 0 })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(PERSON)
      .setIssuer('samverkan')
      .setAudience('samverkan-api')
      .setExpirationTime(claims.exp);
    if (claims.iat !== undefined) jwt.setIssuedAt(claims.iat);
    return jwt.sign(new TextEncoder().encode(SECRET));
  };

  it('refuses an issue time in the future beyond a small clock tolerance', async () => {
    const tokens = service('3600');
    const yearAhead = now() + 365 * 24 * 3600;
    expect(await codeOf(tokens.verify(await sign({ iat: yearAhead, exp: yearAhead + 3600 })))).toBe(
      AuthErrorCode.InvalidToken,
    );
    expect(await codeOf(tokens.verify(await sign({ iat: now() + 120, exp: now() + 600 })))).toBe(
      AuthErrorCode.InvalidToken,
    );
    // A few seconds ahead (another API process's clock) is fine.
    await expect(tokens.verify(await sign({ iat: now() + 5, exp: now() + 600 }))).resolves.toEqual({
      kind: 'person',
      personId: PERSON,
      credentialsVersion: 0,
    });
  });

  it('refuses a lifetime longer than JWT_TTL_SECONDS and a token without an issue time', async () => {
    const tokens = service('3600');
    const hundredYears = now() + 100 * 365 * 24 * 3600;
    expect(await codeOf(tokens.verify(await sign({ iat: now(), exp: hundredYears })))).toBe(
      AuthErrorCode.InvalidToken,
    );
    expect(await codeOf(tokens.verify(await sign({ exp: now() + 600 })))).toBe(AuthErrorCode.InvalidToken);
    expect(await codeOf(tokens.verify(await sign({ iat: now() - 10, exp: now() - 10 + 3601 })))).toBe(
      AuthErrorCode.InvalidToken,
    );
    await expect(tokens.verify(await sign({ iat: now() - 10, exp: now() - 10 + 3600 }))).resolves.toEqual({
      kind: 'person',
      personId: PERSON,
      credentialsVersion: 0,
    });
  });
});
