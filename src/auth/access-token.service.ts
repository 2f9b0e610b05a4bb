import { Inject, Injectable } from '@nestjs/common';
import {
  type JWTPayload,
  type JWTVerifyGetKey,
  SignJWT,
  createRemoteJWKSet,
  decodeProtectedHeader,
  errors,
  jwtVerify,
} from 'jose';
import { z } from 'zod';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AuthErrorCode, AuthException } from './auth.exception.js';

/** Our own tokens: HS256 with JWT_SECRET. */
const LOCAL_ALGORITHM = 'HS256';
const LOCAL_ISSUER = 'samverkan';
const LOCAL_AUDIENCE = 'samverkan-api';
/** An external OpenID Connect issuer signs with keys from its JWKS. */
const OIDC_ALGORITHMS = ['RS256', 'ES256'];
const OIDC_CLOCK_TOLERANCE_SECONDS = 30;
/** How far ahead of this process's clock our own token's `iat` may be (another API process's clock). */
const LOCAL_ISSUED_AT_TOLERANCE_SECONDS = 30;
/** Verified tokens kept at most; a full cache drops its oldest entry. */
const VERIFIED_TOKENS_MAX = 10_000;

/**
 * Who a verified token names: our own tokens by person id and the person's credentials version when it was
 * issued (claim `cv`; the token ends when the version moves on), an external issuer's by email.
 */
export type TokenSubject =
  { kind: 'person'; personId: string; credentialsVersion: number } | { kind: 'email'; email: string };

export interface IssuedToken {
  accessToken: string;
  expiresIn: number;
}

const personId = z.uuid();
const credentialsVersion = z.number().int().min(0);
const oidcClaims = z.object({ email: z.email(), email_verified: z.boolean().optional() });

@Injectable()
export class AccessTokenService {
  private readonly secret: Uint8Array;
  private readonly jwks?: JWTVerifyGetKey;
  /**
   * Tokens that passed verification, by their exact text, until they expire. Verifying a signature (an
   * HMAC or RSA through WebCrypto, with the key imported anew) costs more than the rest of a small request,
   * and a client sends the same token with every request. Only what verify() accepted is kept, so a token
   * that differs in one character is verified in full; an entry is used only before the token's `exp`.
   */
  private readonly verifiedTokens = new Map<string, { subject: TokenSubject; expiresAtMs: number }>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.secret = new TextEncoder().encode(config.auth.jwtSecret);
    if (config.auth.oidc) this.jwks = createRemoteJWKSet(new URL(config.auth.oidc.jwksUrl));
  }

  async issue(subjectPersonId: string, subjectCredentialsVersion: number): Promise<IssuedToken> {
    const expiresIn = this.config.auth.jwtTtlSeconds;
    const accessToken = await new SignJWT({ cv: subjectCredentialsVersion })
      .setProtectedHeader({ alg: LOCAL_ALGORITHM, typ: 'JWT' })
      .setSubject(subjectPersonId)
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${expiresIn}s`)
      .sign(this.secret);
    return { accessToken, expiresIn };
  }

  /** Verifies signature, algorithm, issuer, audience and expiry; throws AuthException otherwise. */
  async verify(token: string): Promise<TokenSubject> {
    const known = this.verifiedTokens.get(token);
    if (known && known.expiresAtMs > Date.now()) return known.subject;
    if (known) this.verifiedTokens.delete(token);
    const { subject, exp } = await this.verifySignedToken(token);
    if (this.verifiedTokens.size >= VERIFIED_TOKENS_MAX) this.forgetOldestToken();
    this.verifiedTokens.set(token, { subject, expiresAtMs: exp * 1000 });
    return subject;
  }

  private forgetOldestToken(): void {
    const now = Date.now();
    for (const [token, entry] of this.verifiedTokens) {
      if (entry.expiresAtMs <= now) this.verifiedTokens.delete(token);
    }
    const oldest = this.verifiedTokens.keys().next();
    if (this.verifiedTokens.size >= VERIFIED_TOKENS_MAX && !oldest.done)
      this.verifiedTokens.delete(oldest.value);
  }

  private async verifySignedToken(token: string): Promise<{ subject: TokenSubject; exp: number }> {
    let algorithm: string | undefined;
    try {
      algorithm = decodeProtectedHeader(token).alg;
    } catch {
      throw new AuthException(AuthErrorCode.InvalidToken);
    }
    if (algorithm === LOCAL_ALGORITHM) {
      const payload = await this.verified(() =>
        jwtVerify(token, this.secret, {
          algorithms: [LOCAL_ALGORITHM],
          issuer: LOCAL_ISSUER,
          audience: LOCAL_AUDIENCE,
          requiredClaims: ['sub', 'exp', 'iat'],
        }),
      );
      const subject = personId.safeParse(payload.sub);
      const version = credentialsVersion.safeParse(payload.cv);
      if (!subject.success || !version.success || !this.hasLocalLifetime(payload))
        throw new AuthException(AuthErrorCode.InvalidToken);
      return {
        subject: { kind: 'person', personId: subject.data, credentialsVersion: version.data },
        exp: payload.exp!,
      };
    }
    const oidc = this.config.auth.oidc;
    if (oidc && this.jwks && algorithm && OIDC_ALGORITHMS.includes(algorithm)) {
      const payload = await this.verified(() =>
        jwtVerify(token, this.jwks!, {
          algorithms: OIDC_ALGORITHMS,
          issuer: oidc.issuer,
          ...(oidc.audience ? { audience: oidc.audience } : {}),
          clockTolerance: OIDC_CLOCK_TOLERANCE_SECONDS,
          requiredClaims: ['exp'],
        }),
      );
      const claims = oidcClaims.safeParse(payload);
      if (!claims.success || claims.data.email_verified === false) {
        throw new AuthException(AuthErrorCode.InvalidToken);
      }
      return { subject: { kind: 'email', email: claims.data.email.toLowerCase() }, exp: payload.exp! };
    }
    throw new AuthException(AuthErrorCode.InvalidToken);
  }

  /**
   * Even signed with our secret, a token is only taken as one we issue: issued no later than now (a small
   * tolerance for another process's clock) and living at most JWT_TTL_SECONDS, so its age is bounded too.
   */
  private hasLocalLifetime(payload: JWTPayload): boolean {
    const { iat, exp } = payload as { iat: number; exp: number };
    const now = Date.now() / 1000;
    return iat <= now + LOCAL_ISSUED_AT_TOLERANCE_SECONDS && exp - iat <= this.config.auth.jwtTtlSeconds;
  }

  private async verified(verify: () => Promise<{ payload: JWTPayload }>): Promise<JWTPayload> {
    try {
      return (await verify()).payload;
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new AuthException(AuthErrorCode.TokenExpired);
      throw new AuthException(AuthErrorCode.InvalidToken);
    }
  }
}
