import type { IncomingHttpHeaders } from 'node:http';
import { AuthErrorCode, AuthException } from './auth.exception.js';

/** The browser session's cookie (WEB-CONTRACT, docs/adr/0010). */
export const SESSION_COOKIE = 'samverkan_session';
/** The header the web app's API client adds to every request; a cross-site form or image cannot. */
export const CSRF_HEADER = 'x-samverkan-csrf';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A cookie's value in a `Cookie` header, if any (the first when repeated). */
export function readCookie(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) {
      return part.slice(separator + 1).trim();
    }
  }
  return undefined;
}

/** The session cookie's value in a `Cookie` header, if any (the first when repeated). */
export function readSessionCookie(cookieHeader: string | undefined): string | undefined {
  return readCookie(cookieHeader, SESSION_COOKIE);
}

/** `Set-Cookie` for a new session: no Max-Age, so it also ends with the browser; `Secure` under https. */
export function sessionCookie(value: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${value}; HttpOnly; SameSite=Lax; Path=/${secure ? '; Secure' : ''}`;
}

/** `Set-Cookie` that removes the session cookie from the browser. */
export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0${secure ? '; Secure' : ''}`;
}

/**
 * Cross-site request forgery check for a request that the cookie authenticates: an unsafe method needs the
 * custom header (which only same-origin script can send without a CORS preflight we never grant), and an
 * `Origin`, when the browser sends one, must be our own. Throws CSRF_REJECTED (403).
 */
export function assertSameOriginRequest(
  method: string,
  headers: IncomingHttpHeaders,
  publicOrigin: string,
): void {
  if (!UNSAFE_METHODS.has(method.toUpperCase())) return;
  const origin = headers.origin;
  if (headers[CSRF_HEADER] !== '1' || (origin !== undefined && origin !== publicOrigin)) {
    throw new AuthException(AuthErrorCode.CsrfRejected);
  }
}
