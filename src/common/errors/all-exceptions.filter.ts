import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RequestWithUser } from '../auth/current-user.decorator.js';
import { errorMessage } from '../i18n/error-messages.js';
import { type Locale, resolveLocale } from '../i18n/locale.js';
import { requestContext } from '../logging/request-context.js';
import { CommonErrorCode, DomainError, RateLimitedError } from './domain-error.js';
import { HTTP_STATUS_BY_KIND } from './http-status.js';

export interface ErrorBody {
  code: string;
  message: string;
  details?: unknown;
  correlationId?: string;
}

interface Translated {
  status: number;
  body: ErrorBody;
  headers?: Record<string, string>;
}

type Localized = Record<Locale, string>;

const VALUE_FORMAT: Localized = { sv: 'Ett värde har fel format', en: 'A value has the wrong format' };
const NOT_STORABLE: Localized = {
  sv: 'En text innehåller ett tecken som inte kan sparas',
  en: 'A text value holds a character that cannot be stored',
};
const BUSY: Localized = { sv: 'Tjänsten är upptagen; försök igen', en: 'Busy, please retry' };

const POSTGRES_ERRORS: Record<string, { status: number; code: string; message: Localized }> = {
  '23505': {
    status: 409,
    code: CommonErrorCode.Conflict,
    message: {
      sv: 'Det finns redan en post med samma unika värde',
      en: 'A record with the same unique value already exists',
    },
  },
  '23503': {
    status: 409,
    code: CommonErrorCode.Conflict,
    message: {
      sv: 'Posten hänvisar till, eller hänvisas till av, en annan post',
      en: 'The record refers to, or is referred to by, another record',
    },
  },
  '22P02': { status: 400, code: CommonErrorCode.ValidationFailed, message: VALUE_FORMAT },
  '22001': {
    status: 400,
    code: CommonErrorCode.ValidationFailed,
    message: { sv: 'Ett värde är för långt', en: 'A value is too long' },
  },
  '22003': {
    status: 400,
    code: CommonErrorCode.ValidationFailed,
    message: { sv: 'Ett tal är utanför tillåtna gränser', en: 'A number is out of range' },
  },
  '22007': {
    status: 400,
    code: CommonErrorCode.ValidationFailed,
    message: { sv: 'Ett datum eller en tid är inte giltig', en: 'A date or time is not valid' },
  },
  // A NUL character (or bytes invalid in UTF-8) in a text value: PostgreSQL refuses to store it.
  '22021': { status: 400, code: CommonErrorCode.ValidationFailed, message: NOT_STORABLE },
  '22P05': { status: 400, code: CommonErrorCode.ValidationFailed, message: NOT_STORABLE },
  '22008': {
    status: 400,
    code: CommonErrorCode.ValidationFailed,
    message: {
      sv: 'Ett datum eller en tid är utanför tillåtna gränser',
      en: 'A date or time is out of range',
    },
  },
  '40001': { status: 503, code: CommonErrorCode.ServiceUnavailable, message: BUSY },
  '40P01': { status: 503, code: CommonErrorCode.ServiceUnavailable, message: BUSY },
};

const FASTIFY_CODES: Record<string, { code: string; message: Localized }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: CommonErrorCode.UnsupportedMediaType,
    message: { sv: 'Innehållstypen stöds inte', en: 'Unsupported content type' },
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: CommonErrorCode.PayloadTooLarge,
    message: { sv: 'Förfrågan är för stor', en: 'The request body is too large' },
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: CommonErrorCode.ValidationFailed,
    message: { sv: 'JSON-innehållet är tomt', en: 'The JSON body is empty' },
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: CommonErrorCode.ValidationFailed,
    message: { sv: 'Innehållet är inte giltig JSON', en: 'The body is not valid JSON' },
  },
};

/** The code's message in the caller's language from the catalogue; the thrown text for a code without one. */
function messageOf(code: string, locale: Locale, details: unknown, fallback: string): string {
  return errorMessage(code, locale, details) ?? fallback;
}

/** Turns anything thrown into `{ code, message, details? }` with the right status; never a stack trace. */
export function translateError(error: unknown, locale: Locale): Translated | undefined {
  if (error instanceof DomainError) {
    const details = error.detailsIn(locale);
    const translated: Translated = {
      status: HTTP_STATUS_BY_KIND[error.kind],
      body: {
        code: error.code,
        message: messageOf(error.code, locale, details, error.message),
        ...(details === undefined ? {} : { details }),
      },
    };
    if (error instanceof RateLimitedError)
      translated.headers = { 'retry-after': String(error.retryAfterSeconds) };
    return translated;
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const code =
      status === 404
        ? CommonErrorCode.RouteNotFound
        : status === 413
          ? CommonErrorCode.PayloadTooLarge
          : status === 415
            ? CommonErrorCode.UnsupportedMediaType
            : status < 500
              ? CommonErrorCode.ValidationFailed
              : CommonErrorCode.InternalError;
    return { status, body: { code, message: messageOf(code, locale, undefined, error.message) } };
  }
  const candidate = error as { code?: unknown; statusCode?: unknown; driverError?: { code?: unknown } };
  const pgCode =
    typeof candidate.driverError?.code === 'string' ? candidate.driverError.code : candidate.code;
  if (typeof pgCode === 'string' && POSTGRES_ERRORS[pgCode]) {
    const known = POSTGRES_ERRORS[pgCode];
    return { status: known.status, body: { code: known.code, message: known.message[locale] } };
  }
  if (typeof candidate.code === 'string' && FASTIFY_CODES[candidate.code]) {
    const known = FASTIFY_CODES[candidate.code];
    const status = typeof candidate.statusCode === 'number' ? candidate.statusCode : 400;
    return { status, body: { code: known.code, message: known.message[locale] } };
  }
  if (typeof candidate.statusCode === 'number' && candidate.statusCode >= 400 && candidate.statusCode < 500) {
    return {
      status: candidate.statusCode,
      body: {
        code: CommonErrorCode.ValidationFailed,
        message: messageOf(CommonErrorCode.ValidationFailed, locale, undefined, 'Bad request'),
      },
    };
  }
  return undefined;
}

/**
 * The one place errors become answers. Messages follow the caller's language: the person's saved locale,
 * else Accept-Language, else DEFAULT_LOCALE; codes never change.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(private readonly defaultLocale: Locale = 'sv') {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest & RequestWithUser>();
    const locale = resolveLocale(
      request?.authenticatedUser?.locale,
      request?.headers?.['accept-language'],
      this.defaultLocale,
    );
    let translated = translateError(error, locale);
    if (!translated) {
      this.logger.error(error instanceof Error ? error : String(error));
      const message = messageOf(CommonErrorCode.InternalError, locale, undefined, 'Internal error');
      translated = { status: 500, body: { code: CommonErrorCode.InternalError, message } };
    } else if (translated.status >= 500) {
      this.logger.warn({ code: translated.body.code, err: error });
    }
    const correlationId = requestContext.correlationId();
    for (const [name, value] of Object.entries(translated.headers ?? {})) void reply.header(name, value);
    void reply
      .status(translated.status)
      .header('content-type', 'application/json; charset=utf-8')
      .send({ ...translated.body, ...(correlationId ? { correlationId } : {}) });
  }
}
