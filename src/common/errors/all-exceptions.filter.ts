import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
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

const POSTGRES_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  '23505': { status: 409, code: 'CONFLICT', message: 'A record with the same unique value already exists' },
  '23503': {
    status: 409,
    code: 'CONFLICT',
    message: 'The record refers to, or is referred to by, another record',
  },
  '22P02': { status: 400, code: CommonErrorCode.ValidationFailed, message: 'A value has the wrong format' },
  '22001': { status: 400, code: CommonErrorCode.ValidationFailed, message: 'A value is too long' },
  '22003': { status: 400, code: CommonErrorCode.ValidationFailed, message: 'A number is out of range' },
  '22007': { status: 400, code: CommonErrorCode.ValidationFailed, message: 'A date or time is not valid' },
  // A NUL character (or bytes invalid in UTF-8) in a text value: PostgreSQL refuses to store it.
  '22021': {
    status: 400,
    code: CommonErrorCode.ValidationFailed,
    message: 'A text value holds a character that cannot be stored',
  },
  '22P05': {
    status: 400,
    code: CommonErrorCode.ValidationFailed,
    message: 'A text value holds a character that cannot be stored',
  },
  '22008': { status: 400, code: CommonErrorCode.ValidationFailed, message: 'A date or time is out of range' },
  '40001': { status: 503, code: CommonErrorCode.ServiceUnavailable, message: 'Busy, please retry' },
  '40P01': { status: 503, code: CommonErrorCode.ServiceUnavailable, message: 'Busy, please retry' },
};

const FASTIFY_CODES: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: CommonErrorCode.UnsupportedMediaType,
    message: 'Unsupported content type',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: CommonErrorCode.PayloadTooLarge,
    message: 'The request body is too large',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: CommonErrorCode.ValidationFailed, message: 'The JSON body is empty' },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: CommonErrorCode.ValidationFailed,
    message: 'The body is not valid JSON',
  },
};

/** Turns anything thrown into `{ code, message, details? }` with the right status; never a stack trace. */
export function translateError(error: unknown): Translated | undefined {
  if (error instanceof DomainError) {
    const translated: Translated = {
      status: HTTP_STATUS_BY_KIND[error.kind],
      body: {
        code: error.code,
        message: error.message,
        ...(error.details === undefined ? {} : { details: error.details }),
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
    const message = status === 404 ? 'No such route' : status < 500 ? error.message : 'Internal error';
    return { status, body: { code, message } };
  }
  const candidate = error as { code?: unknown; statusCode?: unknown; driverError?: { code?: unknown } };
  const pgCode =
    typeof candidate.driverError?.code === 'string' ? candidate.driverError.code : candidate.code;
  if (typeof pgCode === 'string' && POSTGRES_ERRORS[pgCode]) {
    const known = POSTGRES_ERRORS[pgCode];
    return { status: known.status, body: { code: known.code, message: known.message } };
  }
  if (typeof candidate.code === 'string' && FASTIFY_CODES[candidate.code]) {
    const known = FASTIFY_CODES[candidate.code];
    const status = typeof candidate.statusCode === 'number' ? candidate.statusCode : 400;
    return { status, body: { code: known.code, message: known.message } };
  }
  if (typeof candidate.statusCode === 'number' && candidate.statusCode >= 400 && candidate.statusCode < 500) {
    return {
      status: candidate.statusCode,
      body: { code: CommonErrorCode.ValidationFailed, message: 'Bad request' },
    };
  }
  return undefined;
}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    let translated = translateError(error);
    if (!translated) {
      this.logger.error(error instanceof Error ? error : String(error));
      translated = { status: 500, body: { code: CommonErrorCode.InternalError, message: 'Internal error' } };
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
