import { DataSource } from 'typeorm';
import { linksOffThePages } from './helpers/email-links';
import { type ReceivedMail, SmtpSink } from './helpers/smtp-sink';
import { type TestApp, TEST_ADMIN, startTestApp } from './helpers/test-app';
import {
  adminLogin,
  createPerson,
  disableLogin,
  organizationIdsByCode,
  uniqueEmail,
} from './helpers/people-fixtures';
import { eventually, sleep } from './helpers/eventually';

const CSRF = { 'x-samverkan-csrf': '1' };
const PUBLIC_URL = 'http://samverkan.test:3000';

/** The single set-password link in a message's text and HTML (they must agree). */
function setPasswordLinkOf(mail: ReceivedMail): { url: string; token: string } {
  const text = mail.parsed.text ?? '';
  const html = String(mail.parsed.html);
  const pattern = /http:\/\/samverkan\.test:3000\/set-password\/([\w-]{43})/g;
  const inText = [...text.matchAll(pattern)].map((match) => match[0]);
  const inHtml = [...new Set([...html.matchAll(pattern)].map((match) => match[0]))];
  expect(inText).toHaveLength(1);
  expect(inHtml).toEqual(inText);
  return { url: inText[0], token: inText[0].split('/').at(-1)! };
}

describe('passwords by emailed link', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let db: DataSource;
  let adminToken: string;
  let orgs: Record<string, string>;

  const mailTo = (address: string, subject: RegExp, count = 1) =>
    eventually(() => {
      const found = sink.to(address).filter((mail) => subject.test(mail.parsed.subject ?? ''));
      return found.length >= count ? found[count - 1] : undefined;
    }, `mail "${subject.source}" to ${address}`);

  const describeLink = (token: string) =>
    t.request({ method: 'GET', url: `/api/auth/password/tokens/${token}` });
  const useLink = (token: string, password: string) =>
    t.request({ method: 'POST', url: `/api/auth/password/tokens/${token}`, body: { password } });
  const forgot = (email: string) =>
    t.request({ method: 'POST', url: '/api/auth/password/forgot', body: { email } });
  const login = (email: string, password: string) =>
    t.request({ method: 'POST', url: '/api/auth/login', body: { email, password } });

  /** A new person who may log in, created as the welcome email's recipient; returns the link's token. */
  async function welcomed(locale: 'sv' | 'en' = 'sv'): Promise<{ id: string; email: string; token: string }> {
    const email = uniqueEmail('welcome');
    const created = await t.request({
      method: 'POST',
      url: '/api/people',
      token: adminToken,
      body: { organizationId: orgs['2480'], name: 'Vera Välkommen', email, locale, loginEnabled: true },
    });
    expect(created.status).toBe(201);
    const mail = await mailTo(email, /Välkommen|Welcome/);
    return { id: created.body.id, email, token: setPasswordLinkOf(mail).token };
  }

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await startTestApp({ SMTP_URL: sink.url, PUBLIC_URL });
    db = t.app.get(DataSource);
    adminToken = await adminLogin(t);
    orgs = await organizationIdsByCode(t, adminToken);
  });
  afterAll(async () => {
    await t?.close();
    await sink?.stop();
  });

  it('the welcome email carries a set-password link to the web app, not "Logga in på"', async () => {
    const email = uniqueEmail('welcome');
    const created = await t.request({
      method: 'POST',
      url: '/api/people',
      token: adminToken,
      body: { organizationId: orgs['2480'], name: 'Vera Välkommen', email, loginEnabled: true },
    });
    expect(created.status).toBe(201);
    const mail = await mailTo(email, /Välkommen till Samverkan/);
    const { url, token } = setPasswordLinkOf(mail);
    expect(url).toBe(`${PUBLIC_URL}/set-password/${token}`);
    expect(mail.parsed.text).toContain('Välj ditt lösenord');
    expect(mail.parsed.text).toContain(email);
    expect(mail.parsed.text).not.toMatch(/Logga in på/);
    // Stored only hashed.
    const stored = await db.query<Array<{ token_hash: string; purpose: string }>>(
      `SELECT token_hash, purpose FROM password_links WHERE person_id = $1`,
      [created.body.id],
    );
    expect(stored).toEqual([{ token_hash: expect.stringMatching(/^[0-9a-f]{64}$/), purpose: 'set' }]);
    expect(JSON.stringify(stored)).not.toContain(token);

    const described = await describeLink(token);
    expect(described.status).toBe(200);
    expect(described.body).toEqual({ purpose: 'set', email });
  });

  it('a set-password link works once: then 410; the person signs in with the new password', async () => {
    const person = await welcomed();
    expect((await login(person.email, 'chosen-password-123')).status).toBe(401);
    const used = await useLink(person.token, 'chosen-password-123');
    expect(used.status).toBe(204);
    expect((await login(person.email, 'chosen-password-123')).status).toBe(200);

    const again = await useLink(person.token, 'another-password-456');
    expect(again.status).toBe(410);
    expect(again.body.code).toBe('PASSWORD_LINK_GONE');
    expect((await describeLink(person.token)).status).toBe(410);
    expect((await login(person.email, 'another-password-456')).status).toBe(401);
    // A first password is no change: no "password changed" email.
    await sleep(300);
    expect(sink.to(person.email).map((mail) => mail.parsed.subject)).toEqual(['Välkommen till Samverkan']);
  });

  it('refuses an expired link with 410, an unknown one with 404, a short password with 400', async () => {
    const person = await welcomed();
    const short = await useLink(person.token, 'short');
    expect(short.status).toBe(400);
    expect(short.body.code).toBe('VALIDATION_FAILED');
    await db.query(
      `UPDATE password_links SET expires_at = now() - interval '1 second' WHERE person_id = $1`,
      [person.id],
    );
    for (const response of [
      await describeLink(person.token),
      await useLink(person.token, 'chosen-password-123'),
    ]) {
      expect(response.status).toBe(410);
      expect(response.body.code).toBe('PASSWORD_LINK_GONE');
    }
    for (const token of ['A'.repeat(43), 'not-a-token']) {
      for (const response of [await describeLink(token), await useLink(token, 'chosen-password-123')]) {
        expect(response.status).toBe(404);
        expect(response.body.code).toBe('PASSWORD_LINK_NOT_FOUND');
      }
    }
    expect((await login(person.email, 'chosen-password-123')).status).toBe(401);
  });

  it('a link of a person whose login was disabled since answers 410', async () => {
    const person = await welcomed();
    await disableLogin(t, adminToken, person.id);
    expect((await useLink(person.token, 'chosen-password-123')).status).toBe(410);
  });

  it('forgot password: 202 alike for a known and an unknown address; the known one gets a single-use reset link', async () => {
    const person = await createPerson(t, adminToken, {
      organizationId: orgs['2480'],
      roles: ['participant'],
    });
    const cookieResponse = await t.request({
      method: 'POST',
      url: '/api/auth/session',
      headers: CSRF,
      body: { email: person.email, password: person.password },
    });
    const cookie = /samverkan_session=([^;]+)/.exec(String(cookieResponse.headers['set-cookie']))![1];
    const bearer = await t.login(person.email, person.password);

    const known = await forgot(person.email.toUpperCase());
    const unknown = await forgot(uniqueEmail('nobody'));
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.text).toBe(known.text);

    const mail = await mailTo(person.email, /nytt lösenord/);
    const { token } = setPasswordLinkOf(mail);
    expect((await describeLink(token)).body).toEqual({ purpose: 'reset', email: person.email });
    expect((await useLink(token, 'reset-password-789')).status).toBe(204);
    expect((await login(person.email, 'reset-password-789')).status).toBe(200);
    expect((await login(person.email, person.password)).status).toBe(401);
    expect((await useLink(token, 'reset-password-000')).status).toBe(410);

    // The reset ended the person's session and token, and told them (they had a password).
    expect(
      (await t.request({ method: 'GET', url: '/api/me', headers: { cookie: `samverkan_session=${cookie}` } }))
        .status,
    ).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/me', token: bearer })).status).toBe(401);
    const changed = await mailTo(person.email, /lösenord i Samverkan har ändrats/);
    expect(changed.parsed.text).toContain(`${PUBLIC_URL}/forgot-password`);
  });

  it('forgot password sends nothing for an unknown address or a person who may not log in', async () => {
    const disabled = await createPerson(t, adminToken, {
      organizationId: orgs['2480'],
      roles: ['participant'],
    });
    await t.request({
      method: 'PATCH',
      url: `/api/people/${disabled.id}`,
      token: adminToken,
      body: { loginEnabled: false },
    });
    const before = sink.messages.length;
    expect((await forgot(disabled.email)).status).toBe(202);
    expect((await forgot(uniqueEmail('unknown'))).status).toBe(202);
    const control = await createPerson(t, adminToken, {
      organizationId: orgs['2480'],
      roles: ['participant'],
    });
    expect((await forgot(control.email)).status).toBe(202);
    await mailTo(control.email, /nytt lösenord/);
    expect(sink.messages.slice(before).flatMap((mail) => mail.envelopeTo)).toEqual([control.email]);
  });

  it('a newer reset link voids the older one', async () => {
    const person = await createPerson(t, adminToken, {
      organizationId: orgs['2480'],
      roles: ['participant'],
    });
    await forgot(person.email);
    const first = setPasswordLinkOf(await mailTo(person.email, /nytt lösenord/, 1)).token;
    await forgot(person.email);
    const second = setPasswordLinkOf(await mailTo(person.email, /nytt lösenord/, 2)).token;
    expect(second).not.toBe(first);
    expect((await useLink(first, 'reset-password-789')).status).toBe(410);
    expect((await useLink(second, 'reset-password-789')).status).toBe(204);
  });

  it('forgot password is rate limited per email and address: 429 with Retry-After', async () => {
    const email = uniqueEmail('throttled');
    const statuses: number[] = [];
    let retryAfter: unknown;
    for (let attempt = 0; attempt <= t.config.auth.loginMaxAttempts; attempt += 1) {
      const response = await t.request({
        method: 'POST',
        url: '/api/auth/password/forgot',
        body: { email },
      });
      statuses.push(response.status);
      retryAfter = response.headers['retry-after'];
    }
    expect(statuses.slice(0, -1).every((status) => status === 202)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });

  it('an admin changing a password tells the owner in their language; a coordinator may not', async () => {
    const person = await createPerson(t, adminToken, { organizationId: orgs['24'], roles: ['coordinator'] });
    const english = await t.request({
      method: 'PATCH',
      url: `/api/people/${person.id}`,
      token: adminToken,
      body: { locale: 'en' },
    });
    expect(english.status).toBe(200);
    const other = await createPerson(t, adminToken, { organizationId: orgs['24'], roles: ['coordinator'] });
    const otherToken = await t.login(other.email, other.password);
    const takeover = await t.request({
      method: 'PATCH',
      url: `/api/people/${person.id}`,
      token: otherToken,
      body: { password: 'taken-over-password' },
    });
    expect(takeover.status).toBe(403);
    expect((await login(person.email, 'taken-over-password')).status).toBe(401);

    const byAdmin = await t.request({
      method: 'PATCH',
      url: `/api/people/${person.id}`,
      token: adminToken,
      body: { password: 'set-by-the-admin-1' },
    });
    expect(byAdmin.status).toBe(200);
    const mail = await mailTo(person.email, /Your Samverkan password was changed/);
    expect(mail.parsed.text).toContain(person.email);
    expect(mail.parsed.text).toContain(`${PUBLIC_URL}/forgot-password`);
    expect(mail.parsed.text).not.toContain('set-by-the-admin-1');
  });

  it('the admin of the seed has no link to use and the API answers without leaking the person', async () => {
    const response = await forgot(TEST_ADMIN.email);
    expect(response.status).toBe(202);
    expect(response.text).not.toContain(TEST_ADMIN.email);
  });

  it('links every email only to pages of the web app', () => {
    expect(sink.messages.length).toBeGreaterThan(0);
    expect(linksOffThePages(sink.messages, PUBLIC_URL)).toEqual([]);
  });
});
