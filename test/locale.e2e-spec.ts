import { randomUUID } from 'node:crypto';
import { type TestApp, startTestApp } from './helpers/test-app';
import { adminLogin, createPerson, organizationIdsByCode } from './helpers/people-fixtures';

/**
 * Messages follow the caller's language (issue 11, point 13): the person's saved locale, else
 * Accept-Language, else DEFAULT_LOCALE (Swedish); codes never change.
 */
describe('error messages and placement reasons in the caller’s language', () => {
  let t: TestApp;
  let adminToken: string;
  let orgs: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp({ APP_ROLE: 'api' });
    adminToken = await adminLogin(t);
    orgs = await organizationIdsByCode(t, adminToken);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers in Swedish by default, in English with Accept-Language: en; the code stays', async () => {
    const withoutToken = (language?: string) =>
      t.request({ method: 'GET', url: '/api/me', headers: language ? { 'accept-language': language } : {} });
    const swedish = await withoutToken();
    expect(swedish.status).toBe(401);
    expect(swedish.body).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'Du behöver logga in (Authorization: Bearer …)',
    });
    expect((await withoutToken('en-GB,en;q=0.9')).body).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'Authentication required (Authorization: Bearer …)',
    });
    // A language we do not have falls back to the default; the preferred of two we have wins.
    expect((await withoutToken('de-DE')).body.message).toBe(swedish.body.message);
    expect((await withoutToken('en;q=0.5, sv;q=0.8')).body.message).toBe(swedish.body.message);

    const login = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      body: { email: 'nobody@example.se', password: 'wrong-password' },
    });
    expect(login.body).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      message: 'Fel e-postadress eller lösenord',
    });
  });

  it('words validation errors and their fields in Swedish, or in English when asked', async () => {
    const body = { email: 'not-an-email', password: 'x', extra: 1 };
    const swedish = await t.request({ method: 'POST', url: '/api/auth/login', body });
    expect(swedish.status).toBe(400);
    expect(swedish.body).toMatchObject({ code: 'VALIDATION_FAILED', message: 'Förfrågan är inte giltig' });
    const english = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      body,
      headers: { 'accept-language': 'en' },
    });
    expect(english.body).toMatchObject({ code: 'VALIDATION_FAILED', message: 'The request is not valid' });
    // The same fields and issue codes in both languages, each worded in its own.
    const shape = (details: { field: string; code: string }[]) =>
      details.map(({ field, code }) => `${field}:${code}`);
    expect(shape(swedish.body.details)).toEqual(shape(english.body.details));
    expect(swedish.body.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'email', message: expect.stringMatching(/Ogiltig/) }),
        expect.objectContaining({ code: 'unrecognized_keys', message: 'okänd egenskap: extra' }),
      ]),
    );
    expect(english.body.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'unrecognized_keys', message: 'unknown property: extra' }),
      ]),
    );
  });

  it('words a DTO’s own rules in Swedish too', async () => {
    const empty = await t.request({
      method: 'PATCH',
      url: `/api/actions/${randomUUID()}`,
      token: adminToken,
      body: {},
    });
    expect(empty.status).toBe(400);
    expect(empty.body.details).toEqual([
      expect.objectContaining({ code: 'custom', message: 'inget att ändra' }),
    ]);
  });

  it('follows the person’s saved locale before Accept-Language', async () => {
    const swedishAdmin = await t.request({
      method: 'GET',
      url: `/api/meetings/${randomUUID()}`,
      token: adminToken,
      headers: { 'accept-language': 'en' },
    });
    // The admin's saved locale is Swedish (the default), so Accept-Language does not change it.
    expect(swedishAdmin.body).toMatchObject({ code: 'MEETING_NOT_FOUND', message: 'Mötet finns inte' });

    const person = await createPerson(t, adminToken, {
      organizationId: orgs['2480'],
      roles: ['participant'],
    });
    const token = await t.login(person.email, person.password);
    const changed = await t.request({
      method: 'PATCH',
      url: `/api/people/${person.id}`,
      token,
      body: { locale: 'en' },
    });
    expect(changed.status).toBe(200);
    const english = await t.request({
      method: 'GET',
      url: `/api/meetings/${randomUUID()}`,
      token,
      headers: { 'accept-language': 'sv' },
    });
    expect(english.body).toMatchObject({ code: 'MEETING_NOT_FOUND', message: 'Meeting not found' });
  });

  it('explains each placement of a round in the caller’s language, from the same stored proposal', async () => {
    const me = await t.request({ method: 'GET', url: '/api/me', token: adminToken });
    const created = await t.request({
      method: 'POST',
      url: '/api/rounds',
      token: adminToken,
      body: {
        name: 'Språkprov',
        window: { from: '2031-03-03', to: '2031-03-14' },
        organizationIds: [orgs['2418']],
        durationMinutes: 60,
        mode: 'digital',
        regionalTeam: [me.body.id],
      },
    });
    expect(created.status).toBe(201);
    const swedish = created.body.items[0].reasons.map((reason: { message: string }) => reason.message);
    expect(swedish).toContain('Digitalt möte: ingen resa');
    expect(created.body.items[0].reasons.map((reason: { code: string }) => reason.code)).toContain('DIGITAL');

    const person = await createPerson(t, adminToken, { organizationId: orgs['24'], roles: ['coordinator'] });
    const token = await t.login(person.email, person.password);
    expect(
      (await t.request({ method: 'PATCH', url: `/api/people/${person.id}`, token, body: { locale: 'en' } }))
        .status,
    ).toBe(200);
    const english = await t.request({ method: 'GET', url: `/api/rounds/${created.body.id}`, token });
    expect(english.status).toBe(200);
    expect(english.body.items[0].reasons.map((reason: { message: string }) => reason.message)).toContain(
      'Digital meeting: no travel',
    );
  });
});
