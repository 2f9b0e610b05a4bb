import createClient from 'openapi-fetch';
import type { paths } from './schema';

/** The header every unsafe request carries so the service knows it comes from our app (CSRF, WEB-CONTRACT). */
export const CSRF_HEADER = 'X-Samverkan-Csrf';

/**
 * The one configured client of the service's API: same origin, the session cookie sent, the CSRF header on
 * every request; answers typed by their JSON body. Feature hooks call it; components never do. `fetch` is looked up per call so tests can
 * replace it.
 */
export const api = createClient<paths, 'application/json'>({
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'same-origin',
  headers: { [CSRF_HEADER]: '1' },
  fetch: (request: Request) => globalThis.fetch(request),
});

let language: string | undefined;

/**
 * The language the service words its error messages in when no one is signed in (a signed-in person's
 * saved locale wins on the server): the app's current language, sent as Accept-Language.
 */
export function setApiLanguage(value: string): void {
  language = value;
}

api.use({
  onRequest({ request }) {
    if (language) request.headers.set('Accept-Language', language);
    return request;
  },
});
