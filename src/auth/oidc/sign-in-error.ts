/**
 * Why a single sign-on did not sign anyone in: the web app's login page shows `/login?error=<code>` as a
 * sentence in Swedish or English that says what to do (web/src/features/auth/auth.*.json, "signInErrors").
 * Never a JSON answer: these end a browser's navigation.
 */
export enum SignInErrorCode {
  /** The provider did not answer (discovery, token endpoint) or answered with a server error. */
  ProviderUnavailable = 'OIDC_PROVIDER_UNAVAILABLE',
  /** The person cancelled, or refused consent, at the provider. */
  ConsentRefused = 'OIDC_CONSENT_REFUSED',
  /** The answer does not belong to a sign-in this browser started (state), or that sign-in is too old. */
  StateMismatch = 'OIDC_STATE_MISMATCH',
  /** The code or ID token was refused (used before, for another client, nonce or signature wrong). */
  SignInFailed = 'OIDC_SIGN_IN_FAILED',
  /** No person with the verified address, and no just-in-time rule for its domain. */
  NotLinked = 'OIDC_NOT_LINKED',
  /** The person's organization may not sign in through this provider. */
  OrganizationNotAllowed = 'OIDC_ORGANIZATION_NOT_ALLOWED',
  /** The provider's groups or app roles no longer grant access, or the login is switched off here. */
  AccessRevoked = 'OIDC_ACCESS_REVOKED',
  /** No provider by that id in OIDC_PROVIDERS. */
  UnknownProvider = 'OIDC_UNKNOWN_PROVIDER',
}

export const SIGN_IN_ERROR_CODES = Object.values(SignInErrorCode);

/** A sign-in refused for a reason a person can act on; `reason` is for the log (no personal data). */
export class SignInError extends Error {
  constructor(
    readonly code: SignInErrorCode,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'SignInError';
  }
}
