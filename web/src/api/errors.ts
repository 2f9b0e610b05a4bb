/** A failed answer of the API (or no answer at all: status 0), with the service's `{ code, message }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    /** The API's own sentence, when it sent one. */
    readonly apiMessage: string | undefined,
    readonly details?: unknown,
  ) {
    super(apiMessage ?? code);
    this.name = 'ApiError';
  }
}

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  details?: unknown;
}

/** The ApiError of a non-2xx answer; the body is the service's `{ code, message, details? }` when it is JSON. */
export function toApiError(response: Response, body: unknown): ApiError {
  const error = (typeof body === 'object' && body !== null ? body : {}) as ErrorLike;
  const code = typeof error.code === 'string' ? error.code : `HTTP_${response.status}`;
  const message = typeof error.message === 'string' && error.message.length > 0 ? error.message : undefined;
  return new ApiError(response.status, code, message, error.details);
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The data of an openapi-fetch call, or an ApiError: what every feature hook returns to TanStack Query.
 * A network failure becomes status 0, code NETWORK.
 */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (cause) {
    if (cause instanceof ApiError) throw cause;
    throw new ApiError(0, 'NETWORK', undefined, cause);
  }
  if (!result.response.ok) throw toApiError(result.response, result.error);
  return result.data as T;
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
