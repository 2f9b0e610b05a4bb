import createClient from 'openapi-fetch';
import type { ApiPaths } from './paths';

/** The header every unsafe request carries so the service knows it comes from our app (CSRF, WEB-CONTRACT). */
export const CSRF_HEADER = 'X-Samverkan-Csrf';

/**
 * The one configured client of the service's API: same origin, the session cookie sent, the CSRF header on
 * every request; answers typed by their JSON body. Feature hooks call it; components never do. `fetch` is looked up per call so tests can
 * replace it.
 */
export const api = createClient<ApiPaths, 'application/json'>({
  baseUrl: '',
  credentials: 'same-origin',
  headers: { [CSRF_HEADER]: '1' },
  fetch: (request: Request) => globalThis.fetch(request),
});
