import { afterEach, describe, expect, it, vi } from 'vitest';
import { CSRF_HEADER, api, setApiLanguage } from './client';
import { ApiError, unwrap } from './errors';

function answer(status: number, body: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

describe('the configured API client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the CSRF header, the cookie (same origin) and the language on every request', async () => {
    const fetch = vi.fn((_request: Request) => Promise.resolve(answer(200, { ok: true })));
    vi.stubGlobal('fetch', fetch);
    setApiLanguage('en');
    await api.PATCH('/api/me', { body: { locale: 'en' } });
    const request = fetch.mock.calls[0][0];
    expect(request.method).toBe('PATCH');
    expect(request.headers.get(CSRF_HEADER)).toBe('1');
    expect(request.headers.get('Accept-Language')).toBe('en');
    expect(request.credentials).toBe('same-origin');
  });

  it("turns an error answer into an ApiError with the service's code and message", async () => {
    vi.stubGlobal('fetch', () =>
      Promise.resolve(answer(401, { code: 'INVALID_CREDENTIALS', message: 'Fel e-post eller lösenord' })),
    );
    const error = await unwrap(
      api.POST('/api/auth/session', { body: { email: 'a@b.se', password: 'x' } }),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 401,
      code: 'INVALID_CREDENTIALS',
      apiMessage: 'Fel e-post eller lösenord',
    });
  });

  it('turns no answer at all into the NETWORK error', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(unwrap(api.GET('/api/me'))).rejects.toMatchObject({ status: 0, code: 'NETWORK' });
  });
});
