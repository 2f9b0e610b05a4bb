import { type ErrorMessages, registerErrorMessages } from '../i18n/error-messages.js';
import type { Locale } from '../i18n/locale.js';

/**
 * What kind of failure a domain error is. The HTTP status for each kind is decided in one place
 * (http-status.ts), so services and workers never deal in HTTP.
 */
export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'gone'
  | 'too_large'
  | 'unsupported_media_type'
  | 'unprocessable'
  | 'rate_limited'
  | 'unavailable';

/** Base class of every feature's exception: a stable machine-readable code and a human message. */
export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** The details as answered in that language (the same in every language unless a subclass says otherwise). */
  detailsIn(_locale: Locale): unknown {
    return this.details;
  }
}

/** Errors shared by every feature. */
export enum CommonErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  RouteNotFound = 'ROUTE_NOT_FOUND',
  RateLimited = 'RATE_LIMITED',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  InternalError = 'INTERNAL_ERROR',
  /** A unique or reference rule of the database refused the write. */
  Conflict = 'CONFLICT',
  /** Text with an invisible character that changes its displayed direction (text-direction.ts). */
  TextDirectionControl = 'TEXT_DIRECTION_CONTROL',
}

/** The message of each shared code in Swedish and English (the exception filter answers in the caller's). */
export const COMMON_ERROR_MESSAGES: ErrorMessages<CommonErrorCode> = {
  [CommonErrorCode.ValidationFailed]: { sv: 'Förfrågan är inte giltig', en: 'The request is not valid' },
  [CommonErrorCode.Unauthenticated]: {
    sv: 'Du behöver logga in (Authorization: Bearer …)',
    en: 'Authentication required (Authorization: Bearer …)',
  },
  [CommonErrorCode.Forbidden]: {
    sv: 'Du har inte behörighet att göra detta',
    en: 'You are not allowed to do this',
  },
  [CommonErrorCode.NotFound]: { sv: 'Finns inte', en: 'Not found' },
  [CommonErrorCode.RouteNotFound]: { sv: 'Adressen finns inte', en: 'No such route' },
  [CommonErrorCode.RateLimited]: {
    sv: 'För många försök; försök igen om {retryAfterSeconds} sekunder',
    en: 'Too many attempts; try again in {retryAfterSeconds} seconds',
  },
  [CommonErrorCode.ServiceUnavailable]: {
    sv: 'Tjänsten är upptagen; försök igen',
    en: 'The service is busy; please retry',
  },
  [CommonErrorCode.PayloadTooLarge]: { sv: 'Förfrågan är för stor', en: 'The request body is too large' },
  [CommonErrorCode.UnsupportedMediaType]: {
    sv: 'Innehållstypen stöds inte',
    en: 'Unsupported content type',
  },
  [CommonErrorCode.InternalError]: { sv: 'Internt fel', en: 'Internal error' },
  [CommonErrorCode.Conflict]: {
    sv: 'Ändringen krockar med en annan post',
    en: 'The change conflicts with another record',
  },
  [CommonErrorCode.TextDirectionControl]: {
    sv: 'Texten får inte innehålla osynliga tecken som ändrar textens riktning (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C)',
    en: 'Text may not contain invisible characters that change its direction (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C)',
  },
};
registerErrorMessages(COMMON_ERROR_MESSAGES);

export class ValidationError extends DomainError {
  /** `detailsByLocale`: field problems worded in each language (zod's messages); `details` is the English. */
  constructor(
    message: string,
    details?: unknown,
    private readonly detailsByLocale?: Partial<Record<Locale, unknown>>,
  ) {
    super('invalid', CommonErrorCode.ValidationFailed, message, details);
  }

  override detailsIn(locale: Locale): unknown {
    return this.detailsByLocale?.[locale] ?? this.details;
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Authentication required') {
    super('unauthenticated', CommonErrorCode.Unauthenticated, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You do not have the role this requires') {
    super('forbidden', CommonErrorCode.Forbidden, message);
  }
}

export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('rate_limited', CommonErrorCode.RateLimited, message, { retryAfterSeconds });
  }
}

export class ServiceUnavailableError extends DomainError {
  constructor(message: string) {
    super('unavailable', CommonErrorCode.ServiceUnavailable, message);
  }
}
