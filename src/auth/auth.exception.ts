import { DomainError, type ErrorKind } from '../common/errors/domain-error.js';
import { type ErrorMessages, registerErrorMessages } from '../common/i18n/error-messages.js';

export enum AuthErrorCode {
  InvalidCredentials = 'INVALID_CREDENTIALS',
  InvalidToken = 'INVALID_TOKEN',
  TokenExpired = 'TOKEN_EXPIRED',
  CsrfRejected = 'CSRF_REJECTED',
}

const KIND_BY_CODE: Record<AuthErrorCode, ErrorKind> = {
  [AuthErrorCode.InvalidCredentials]: 'unauthenticated',
  [AuthErrorCode.InvalidToken]: 'unauthenticated',
  [AuthErrorCode.TokenExpired]: 'unauthenticated',
  [AuthErrorCode.CsrfRejected]: 'forbidden',
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
};
registerErrorMessages(AUTH_ERROR_MESSAGES);

const MESSAGE_BY_CODE: Record<AuthErrorCode, string> = {
  [AuthErrorCode.InvalidCredentials]: 'Wrong email or password',
  [AuthErrorCode.InvalidToken]: 'The access token is not valid',
  [AuthErrorCode.TokenExpired]: 'The access token has expired',
  [AuthErrorCode.CsrfRejected]:
    'A change through the browser session needs the X-Samverkan-Csrf header and this site as its origin',
};

/** Never says which part was wrong (unknown email, wrong password, disabled login, deleted person). */
export class AuthException extends DomainError {
  constructor(code: AuthErrorCode) {
    super(KIND_BY_CODE[code], code, MESSAGE_BY_CODE[code]);
  }
}
