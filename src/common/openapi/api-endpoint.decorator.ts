import { applyDecorators } from '@nestjs/common';
import { ApiOperation, ApiResponse } from '@nestjs/swagger';
import { ErrorResponse } from '../errors/error-response.dto.js';
import type { ZodDtoClass } from '../validation/zod-dto.js';

/** @nestjs/swagger's metadata key of @ApiResponse (its DECORATORS constant is not exported). */
const API_RESPONSE_METADATA = 'swagger/apiResponse';

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429;

/**
 * What an operation does, which decides the error answers it declares:
 * - list: a query of the caller's records (400 bad query, 401)
 * - read: one record by id (400 malformed id, 401, 404 missing or another municipality's)
 * - create / update / delete / command: a write (400, 401, 403 role or right, 404 where a path names a
 *   record, 409 state or version conflict)
 * - page: a public link whose token is the credential, answering an HTML page or JSON (400, 404 unknown
 *   token, 410 expired, withdrawn or closed)
 * - public: anything else without a token (declares only the errors given in `errors`)
 */
export type OperationKind = 'list' | 'read' | 'create' | 'update' | 'delete' | 'command' | 'page' | 'public';

const ERRORS_BY_KIND: Record<OperationKind, readonly ErrorStatus[]> = {
  list: [400, 401],
  read: [400, 401, 404],
  create: [400, 401, 403, 409],
  update: [400, 401, 403, 404, 409],
  delete: [400, 401, 403, 404, 409],
  command: [400, 401, 403, 404, 409],
  page: [400, 404, 410],
  public: [],
};

const ERROR_DESCRIPTIONS: Record<ErrorStatus, string> = {
  400: 'VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields',
  401: 'UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie',
  403: 'FORBIDDEN: the caller lacks the role or the right this requires (CSRF_REJECTED: a change through the session cookie without X-Samverkan-Csrf: 1 or from another origin)',
  404: 'Not found, or another municipality’s record (the same answer, docs/adr/0003)',
  409: 'The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this',
  410: 'The link has expired, was withdrawn or is closed',
  413: 'PAYLOAD_TOO_LARGE or a code of the feature (e.g. PAPER_TOO_LARGE): the body or file is over the limit',
  415: 'UNSUPPORTED_MEDIA_TYPE or a code of the feature (e.g. PAPER_TYPE_NOT_ALLOWED): the content is of a type not accepted',
  422: 'A code of the feature (e.g. PAPER_TYPE_MISMATCH): the content does not match what the request says it is',
  429: 'RATE_LIMITED: too many attempts; see Retry-After',
};

export const ERROR_SCHEMA_REF = { $ref: `#/components/schemas/${ErrorResponse.name}` };
const TEXT = { type: 'string' } as const;

/** The OpenAPI content of an error answer: the error schema as JSON (and the page, for public links). */
export function errorContent(withPage = false): Record<string, { schema: object }> {
  return {
    'application/json': { schema: ERROR_SCHEMA_REF },
    ...(withPage ? { 'text/html': { schema: TEXT } } : {}),
  };
}

/** One error answer with the shared error schema; used by ApiEndpoint and by guards' decorators (Roles). */
export function ApiErrorResponse(
  status: ErrorStatus,
  description = ERROR_DESCRIPTIONS[status],
): MethodDecorator & ClassDecorator {
  return ApiResponse({ status, description, content: errorContent() });
}

export interface ApiEndpointOptions {
  /** Error answers beyond the kind's standard ones (e.g. 429 for login, 409 for a create that can clash). */
  errors?: readonly ErrorStatus[];
  /** Standard error answers this operation cannot give (e.g. 404 for a write without a path id). */
  without?: readonly ErrorStatus[];
  description?: string;
}

/**
 * Documents an operation: its summary and the error answers its kind can give, each with the shared
 * ErrorResponse schema. Statuses already declared on the method (e.g. 403 by @Roles) are kept as they are.
 */
export function ApiEndpoint(
  kind: OperationKind,
  summary: string,
  options: ApiEndpointOptions = {},
): MethodDecorator {
  const statuses = [...new Set([...ERRORS_BY_KIND[kind], ...(options.errors ?? [])])]
    .filter((status) => !options.without?.includes(status))
    .sort((a, b) => a - b);
  const declareErrors: MethodDecorator = (target, key, descriptor) => {
    const declared = (Reflect.getMetadata(API_RESPONSE_METADATA, descriptor.value as object) ?? {}) as Record<
      string,
      unknown
    >;
    for (const status of statuses) {
      if (declared[status]) continue;
      ApiResponse({
        status,
        description: ERROR_DESCRIPTIONS[status],
        content: errorContent(kind === 'page' && status !== 400),
      })(target, key, descriptor);
    }
    return descriptor;
  };
  return applyDecorators(
    ApiOperation({ summary, ...(options.description ? { description: options.description } : {}) }),
    declareErrors,
  );
}

type ContentSchema = ZodDtoClass | { type: 'string'; format?: string };

/**
 * A success answer in one or more media types, each with its own schema: a zod DTO for JSON, a string for
 * text/csv, text/html and text/calendar, binary for application/pdf. (ApiOkResponse with ApiProduces would
 * give every media type the JSON schema.)
 */
export function ApiContentResponse(
  status: number,
  description: string,
  content: Record<string, ContentSchema>,
): MethodDecorator {
  return ApiResponse({
    status,
    description,
    content: Object.fromEntries(
      Object.entries(content).map(([mediaType, schema]) => [
        mediaType,
        { schema: typeof schema === 'function' ? { $ref: `#/components/schemas/${schema.name}` } : schema },
      ]),
    ),
  });
}

/** Schemas of the non-JSON media types, for ApiContentResponse. */
export const TEXT_BODY = { type: 'string' } as const;
export const BINARY_BODY = { type: 'string', format: 'binary' } as const;
