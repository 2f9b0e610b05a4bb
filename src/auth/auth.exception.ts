import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';
import { type ErrorMessages, registerErrorMessages } from '../common/i18n/error-messages.js';

export enum AuthErrorCode {
  InvalidCredentials = 'INVALID_CREDENTIALS',
  InvalidToken = 'INVALID_TOKEN',
  TokenExpired = 'TOKEN_EXPIRED',
  CsrfRejected = 'CSRF_REJECTED',
  PasswordLoginDisabled = 'PASSWORD_LOGIN_DISABLED',
  IdentityProviderNotFound = 'IDENTITY_PROVIDER_NOT_FOUND',
}

const KIND_BY_CODE: Record<AuthErrorCode, ErrorKind> = {
  [AuthErrorCode.InvalidCredentials]: 'unauthenticated',
  [AuthErrorCode.InvalidToken]: 'unauthenticated',
  [AuthErrorCode.TokenExpired]: 'unauthenticated',
  [AuthErrorCode.CsrfRejected]: 'forbidden',
  [AuthErrorCode.PasswordLoginDisabled]: 'forbidden',
  [AuthErrorCode.IdentityProviderNotFound]: 'not_found',
};

/** The message of each code in Swedish and English (the exception filter answers in the caller's). */
export const AUTH_ERROR_MESSAGES: ErrorMessages<AuthErrorCode> = {
  [AuthErrorCode.InvalidCredentials]: {
    sv: 'Fel e-postadress eller lösenord',
    en: 'Wrong email or password',
  },
  [AuthErrorCode.InvalidToken]: {
    sv: 'Inloggningen är inte giltig; logga in igen',
    en: 'The access token is not valid',
  },
  [AuthErrorCode.TokenExpired]: {
    sv: 'Inloggningen har gått ut; logga in igen',
    en: 'The access token has expired',
  },
  [AuthErrorCode.CsrfRejected]: {
    sv: 'En ändring via webbläsarsessionen behöver rubriken X-Samverkan-Csrf och den här webbplatsen som ursprung',
    en: 'A change through the browser session needs the X-Samverkan-Csrf header and this site as its origin',
  },
  [AuthErrorCode.PasswordLoginDisabled]: {
    sv: 'Inloggning med lösenord är avstängd här; logga in med din organisations konto',
    en: "Password sign-in is switched off here; sign in with your organization's account",
  },
  [AuthErrorCode.IdentityProviderNotFound]: {
    sv: 'Det finns ingen sådan identitetsleverantör',
    en: 'There is no such identity provider',
  },
};
registerErrorMessages(AUTH_ERROR_MESSAGES);

const MESSAGE_BY_CODE: Record<AuthErrorCode, string> = {
  [AuthErrorCode.InvalidCredentials]: 'Wrong email or password',
  [AuthErrorCode.InvalidToken]: 'The access token is not valid',
  [AuthErrorCode.TokenExpired]: 'The access token has expired',
  [AuthErrorCode.CsrfRejected]:
    'A change through the browser session needs the X-Samverkan-Csrf header and this site as its origin',
  [AuthErrorCode.PasswordLoginDisabled]:
    "Password sign-in is switched off here; sign in with your organization's account",
  [AuthErrorCode.IdentityProviderNotFound]: 'There is no such identity provider',
};

/** Never says which part was wrong (unknown email, wrong password, disabled login, deleted person). */
export class AuthException extends DomainError {
  constructor(code: AuthErrorCode) {
    super(KIND_BY_CODE[code], code, MESSAGE_BY_CODE[code]);
  }
}
