import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** The cookie that carries a sign-in from our redirect to the provider's answer (ADR 14). */
export const SIGN_IN_STATE_COOKIE = 'samverkan_oidc';
/** Only the callback reads it. */
const COOKIE_PATH = '/api/auth/oidc';
/** A person has this long at the provider's login page. */
export const SIGN_IN_STATE_SECONDS = 600;

/** What the callback must see again: which provider, state, nonce, the PKCE verifier and where to land. */
export interface SignInState {
  provider: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  /** A path of the web app (checked by safeReturnPath). */
  returnTo: string;
  /** Epoch milliseconds after which the state is void. */
  expiresAt: number;
}

/**
 * Seals and opens the sign-in state with AES-256-GCM under a key derived from JWT_SECRET: the browser keeps
 * it, but can neither read the PKCE verifier nor forge a state. Nothing is stored on the server.
 */
export class SignInStateSealer {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'samverkan', 'oidc sign-in state', 32));
  }

  seal(state: SignInState): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(state), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  /** The state, or null when the value is not ours, was altered, or has expired. */
  open(value: string | undefined, now = Date.now()): SignInState | null {
    if (!value || !/^[A-Za-z0-9_-]{40,4000}$/.test(value)) return null;
    const raw = Buffer.from(value, 'base64url');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
      const state = JSON.parse(text) as SignInState;
      return typeof state.expiresAt === 'number' && state.expiresAt > now ? state : null;
    } catch {
      return null;
    }
  }
}

export function signInStateCookie(value: string, secure: boolean): string {
  return `${SIGN_IN_STATE_COOKIE}=${value}; HttpOnly; SameSite=Lax; Path=${COOKIE_PATH}; Max-Age=${SIGN_IN_STATE_SECONDS}${secure ? '; Secure' : ''}`;
}

export function clearedSignInStateCookie(secure: boolean): string {
  return `${SIGN_IN_STATE_COOKIE}=; HttpOnly; SameSite=Lax; Path=${COOKIE_PATH}; Max-Age=0${secure ? '; Secure' : ''}`;
}

/** A path of our own web app to land on after sign-in; anything else (another site, `//host`) lands on `/`. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 500) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/api/') || [...value].some((char) => char.charCodeAt(0) < 0x20)) return '/';
  return value;
}
