import { DataSource } from 'typeorm';
import { ProviderBrowser } from './helpers/provider-browser';
import { adminLogin, createPerson, disableLogin, organizationIdsByCode } from './helpers/people-fixtures';
import { type TestApp, type TestResponse, startTestApp } from './helpers/test-app';
import { type TestOidcProvider, clientKeyPair, startTestOidcProvider } from './helpers/test-oidc-provider';
import { freePort } from './system/processes';

const CSRF = { 'x-samverkan-csrf': '1' };
const COORDINATORS = 'grp-samverkan-coordinators';
const SECRETARIES = 'grp-samverkan-secretaries';

function cookieOf(response: TestResponse, name: string): string | undefined {
  const header = response.headers['set-cookie'];
  const lines = Array.isArray(header) ? header : header === undefined ? [] : [String(header)];
  const line = lines.find((value) => value.startsWith(`${name}=`));
  const value = line?.slice(name.length + 1).split(';')[0];
  return value === '' ? undefined : value;
}

function locationOf(response: TestResponse): URL {
  expect(response.status).toBe(302);
  return new URL(String(response.headers.location));
}

/**
 * Single sign-on through a real OpenID Connect provider (issue 16): two clients of one test provider, the
 * region's (client secret, groups mapped to roles) and the municipalities' (private_key_jwt, JIT for
 * skelleftea.se), a third provider that is down.
 */
describe('single sign-on with OpenID Connect', () => {
  let t: TestApp;
  let idp: TestOidcProvider;
  let db: DataSource;
  let appUrl: string;
  let adminToken: string;
  let orgs: Record<string, string>;

  /** Starts a sign-in at our login endpoint; answers the provider's authorization URL and our state cookie. */
  async function startSignIn(
    provider: string,
    next = '/',
  ): Promise<{ authorizationUrl: URL; stateCookie: string }> {
    const response = await t.request({
      method: 'GET',
      url: `/api/auth/oidc/${provider}/login?next=${encodeURIComponent(next)}`,
    });
    const authorizationUrl = locationOf(response);
    const stateCookie = cookieOf(response, 'samverkan_oidc');
    expect(stateCookie).toBeDefined();
    return { authorizationUrl, stateCookie: stateCookie! };
  }

  /** Our callback with the provider's answer and the browser's state cookie. */
  function callback(callbackUrl: string, stateCookie: string | undefined): Promise<TestResponse> {
    const url = new URL(callbackUrl);
    return t.request({
      method: 'GET',
      url: `${url.pathname}${url.search}`,
      headers: stateCookie ? { cookie: `samverkan_oidc=${stateCookie}` } : {},
    });
  }

  /** A whole sign-in in a fresh browser; answers our final redirect and the session cookie (if any). */
  async function signIn(
    provider: string,
    login: string,
    options: { next?: string; browser?: ProviderBrowser; consent?: boolean } = {},
  ): Promise<{
    location: URL;
    session?: string;
    callbackUrl: string;
    stateCookie: string;
    browser: ProviderBrowser;
  }> {
    const browser = options.browser ?? new ProviderBrowser(idp.issuer);
    const { authorizationUrl, stateCookie } = await startSignIn(provider, options.next);
    const callbackUrl = await browser.signIn(authorizationUrl.href, login, { consent: options.consent });
    const response = await callback(callbackUrl, stateCookie);
    return {
      location: locationOf(response),
      session: cookieOf(response, 'samverkan_session'),
      callbackUrl,
      stateCookie,
      browser,
    };
  }

  function me(session: string): Promise<TestResponse> {
    return t.request({ method: 'GET', url: '/api/me', headers: { cookie: `samverkan_session=${session}` } });
  }

  function loginError(location: URL): string | null {
    expect(`${location.origin}${location.pathname}`).toBe(`${appUrl}/login`);
    return location.searchParams.get('error');
  }

  beforeAll(async () => {
    const appPort = await freePort();
    appUrl = `http://127.0.0.1:${appPort}`;
    const kommunKey = await clientKeyPair('kommun-key-1');
    idp = await startTestOidcProvider({
      clients: [
        {
          client_id: 'samverkan-region',
          client_secret: 'region-secret-0123456789',
          token_endpoint_auth_method: 'client_secret_post',
          redirect_uris: [`${appUrl}/api/auth/oidc/region/callback`],
          post_logout_redirect_uris: [`${appUrl}/login`],
          backchannel_logout_uri: `${appUrl}/api/auth/oidc/region/backchannel-logout`,
          backchannel_logout_session_required: true,
        },
        {
          client_id: 'samverkan-kommun',
          token_endpoint_auth_method: 'private_key_jwt',
          jwks: { keys: [kommunKey.publicJwk] },
          redirect_uris: [`${appUrl}/api/auth/oidc/kommun/callback`],
          post_logout_redirect_uris: [`${appUrl}/login`],
        },
      ],
    });
    const downPort = await freePort();
    t = await startTestApp({
      PUBLIC_URL: appUrl,
      AUTH_ISSUER: idp.issuer,
      AUTH_JWKS_URL: `${idp.issuer}/jwks`,
      AUTH_AUDIENCE: 'samverkan-region',
      OIDC_PROVIDERS: JSON.stringify([
        {
          id: 'region',
          name: 'Region Västerbotten',
          issuer: idp.issuer,
          clientId: 'samverkan-region',
          clientSecret: 'region-secret-0123456789',
          scopes: ['openid', 'email', 'profile', 'groups'],
          organizations: ['24'],
          roleMapping: {
            claim: 'groups',
            rules: [
              { value: COORDINATORS, roles: ['coordinator'], organization: '24' },
              { value: SECRETARIES, roles: ['secretary'], organization: '24' },
            ],
          },
        },
        {
          id: 'kommun',
          name: 'Kommunfederationen',
          issuer: idp.issuer,
          clientId: 'samverkan-kommun',
          privateKeyJwk: kommunKey.privateJwk,
          organizations: ['2482', '2480'],
          jit: [{ domain: 'skelleftea.se', organization: '2482', roles: ['participant'] }],
        },
        {
          id: 'nere',
          name: 'Nere',
          issuer: `http://127.0.0.1:${downPort}`,
          clientId: 'x',
          clientSecret: 'y',
          organizations: ['*'],
          timeoutSeconds: 2,
        },
      ]),
    });
    await t.app.listen(appPort, '127.0.0.1');
    db = t.app.get(DataSource);
    adminToken = await adminLogin(t);
    orgs = await organizationIdsByCode(t, adminToken);
  });

  afterAll(async () => {
    await t?.close();
    await idp?.close();
  });

  it('offers each provider on the login page, with password sign-in', async () => {
    const response = await t.request({ method: 'GET', url: '/api/auth/sign-in-options' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      passwordLogin: true,
      providers: [
        { id: 'region', name: 'Region Västerbotten', signInUrl: '/api/auth/oidc/region/login' },
        { id: 'kommun', name: 'Kommunfederationen', signInUrl: '/api/auth/oidc/kommun/login' },
        { id: 'nere', name: 'Nere', signInUrl: '/api/auth/oidc/nere/login' },
      ],
    });
  });

  it('signs in with the code flow and PKCE, linking by verified email, with the roles the groups grant', async () => {
    const person = await createPerson(t, adminToken, {
      organizationId: orgs['24'],
      roles: ['participant'],
      email: 'carin.coordinator@regionvasterbotten.se',
    });
    await idp.setAccount('carin', { email: person.email, groups: [COORDINATORS] });

    const { authorizationUrl, stateCookie } = await startSignIn('region', '/rounds');
    expect(authorizationUrl.origin).toBe(idp.issuer);
    const params = authorizationUrl.searchParams;
    expect(params.get('response_type')).toBe('code');
    expect(params.get('client_id')).toBe('samverkan-region');
    expect(params.get('redirect_uri')).toBe(`${appUrl}/api/auth/oidc/region/callback`);
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(params.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(params.get('nonce')).toMatch(/^[\w-]{20,}$/);
    expect(params.get('scope')).toBe('openid email profile groups');
    // The PKCE verifier travels sealed: the cookie does not show it, nor the state.
    expect(stateCookie).not.toContain(params.get('state')!);

    const callbackUrl = await new ProviderBrowser(idp.issuer).signIn(authorizationUrl.href, 'carin');
    const response = await callback(callbackUrl, stateCookie);
    expect(locationOf(response).href).toBe(`${appUrl}/rounds`);
    expect(String(response.headers['set-cookie'])).toContain('samverkan_oidc=;');
    const session = cookieOf(response, 'samverkan_session')!;
    expect(session).toMatch(/^[\w-]{43}$/);

    const profile = await me(session);
    expect(profile.status).toBe(200);
    expect(profile.body).toMatchObject({
      id: person.id,
      roles: ['coordinator'],
      organization: { code: '24' },
    });
    const identities = await db.query(
      `SELECT provider, subject FROM person_identities WHERE person_id = $1`,
      [person.id],
    );
    expect(identities).toEqual([{ provider: 'region', subject: 'carin' }]);
  });

  it("refuses an answer whose state is not the browser's sign-in, or without its cookie", async () => {
    await idp.setAccount('stina', { email: 'stina@regionvasterbotten.se', groups: [SECRETARIES] });
    const { authorizationUrl, stateCookie } = await startSignIn('region');
    const callbackUrl = new URL(await new ProviderBrowser(idp.issuer).signIn(authorizationUrl.href, 'stina'));
    const wrong = new URL(callbackUrl);
    wrong.searchParams.set('state', 'not-the-state-of-this-browser');
    const refused = await callback(wrong.href, stateCookie);
    expect(loginError(locationOf(refused))).toBe('OIDC_STATE_MISMATCH');
    expect(cookieOf(refused, 'samverkan_session')).toBeUndefined();
    // Another browser's answer (no sign-in cookie of ours) is refused the same way.
    const foreign = await callback(callbackUrl.href, undefined);
    expect(loginError(locationOf(foreign))).toBe('OIDC_STATE_MISMATCH');
    // A sign-in cookie of another provider does not fit either.
    const kommun = await startSignIn('kommun');
    const mixed = await callback(callbackUrl.href, kommun.stateCookie);
    expect(loginError(locationOf(mixed))).toBe('OIDC_STATE_MISMATCH');
    expect(await db.query(`SELECT 1 FROM people WHERE email = 'stina@regionvasterbotten.se'`)).toEqual([]);
  });

  it('uses a code once: the same answer replayed signs nobody in', async () => {
    const person = await createPerson(t, adminToken, { organizationId: orgs['24'], roles: ['participant'] });
    await idp.setAccount('rune', { email: person.email, groups: [SECRETARIES] });
    const first = await signIn('region', 'rune');
    expect(first.session).toBeDefined();
    const replayed = await callback(first.callbackUrl, first.stateCookie);
    expect(loginError(locationOf(replayed))).toBe('OIDC_SIGN_IN_FAILED');
    expect(cookieOf(replayed, 'samverkan_session')).toBeUndefined();
  });

  it("refuses a code issued to another client (the municipalities' client's code at the region's callback)", async () => {
    const person = await createPerson(t, adminToken, {
      organizationId: orgs['2482'],
      roles: ['participant'],
    });
    await idp.setAccount('kim', { email: person.email });
    const kommun = await startSignIn('kommun');
    const kommunAnswer = new URL(
      await new ProviderBrowser(idp.issuer).signIn(kommun.authorizationUrl.href, 'kim'),
    );
    // The region's sign-in, answered with the other client's code under the region's own state.
    const region = await startSignIn('region');
    const forged = new URL(`${appUrl}/api/auth/oidc/region/callback`);
    forged.searchParams.set('code', kommunAnswer.searchParams.get('code')!);
    forged.searchParams.set('state', region.authorizationUrl.searchParams.get('state')!);
    forged.searchParams.set('iss', idp.issuer);
    const refused = await callback(forged.href, region.stateCookie);
    expect(loginError(locationOf(refused))).toBe('OIDC_SIGN_IN_FAILED');
    expect(cookieOf(refused, 'samverkan_session')).toBeUndefined();
  });

  it('links by verified email at the first sign-in, then by subject: a renamed address still signs in', async () => {
    const person = await createPerson(t, adminToken, {
      organizationId: orgs['2480'],
      roles: ['secretary'],
      email: 'anna.andersson@umea.se',
    });
    await idp.setAccount('anna-umea', { email: 'anna.andersson@umea.se' });
    const first = await signIn('kommun', 'anna-umea', { next: '/meetings' });
    expect(first.location.href).toBe(`${appUrl}/meetings`);
    expect((await me(first.session!)).body).toMatchObject({ id: person.id, roles: ['secretary'] });

    await idp.setAccount('anna-umea', { email: 'anna.nilsson@umea.se' });
    const renamed = await signIn('kommun', 'anna-umea');
    expect((await me(renamed.session!)).body).toMatchObject({
      id: person.id,
      email: 'anna.andersson@umea.se',
    });
    expect(await db.query(`SELECT subject FROM person_identities WHERE person_id = $1`, [person.id])).toEqual(
      [{ subject: 'anna-umea' }],
    );

    // Another account of the provider with the old address is not linked to her on its own.
    await idp.setAccount('anna-impostor', { email: 'anna.andersson@umea.se' });
    const impostor = await signIn('kommun', 'anna-impostor');
    expect(loginError(impostor.location)).toBe('OIDC_NOT_LINKED');
  });

  it('links only by a verified address', async () => {
    await createPerson(t, adminToken, {
      organizationId: orgs['2480'],
      roles: ['participant'],
      email: 'olle@umea.se',
    });
    await idp.setAccount('olle', { email: 'olle@umea.se', emailVerified: false });
    const refused = await signIn('kommun', 'olle');
    expect(loginError(refused.location)).toBe('OIDC_NOT_LINKED');
    expect(await db.query(`SELECT 1 FROM person_identities WHERE subject = 'olle'`)).toEqual([]);
  });

  it('creates a person just in time inside the configured domain, and nobody outside it', async () => {
    await idp.setAccount('nils', { email: 'Nils.Berg@Skelleftea.se', name: 'Nils Berg' });
    const created = await signIn('kommun', 'nils');
    expect(created.location.href).toBe(`${appUrl}/`);
    const profile = await me(created.session!);
    expect(profile.body).toMatchObject({
      name: 'Nils Berg',
      email: 'nils.berg@skelleftea.se',
      roles: ['participant'],
      loginEnabled: true,
      organization: { code: '2482' },
    });
    const audit = await t.request({
      method: 'GET',
      url: `/api/audit-log?entityType=person&entityId=${profile.body.id}`,
      token: adminToken,
    });
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'person.create', actorId: null })]);

    await idp.setAccount('eve', { email: 'eve@gmail.com' });
    const outside = await signIn('kommun', 'eve');
    expect(loginError(outside.location)).toBe('OIDC_NOT_LINKED');
    expect(await db.query(`SELECT 1 FROM people WHERE email = 'eve@gmail.com'`)).toEqual([]);
  });

  it("refuses a person whose organization is not the provider's", async () => {
    await createPerson(t, adminToken, {
      organizationId: orgs['2481'],
      roles: ['participant'],
      email: 'lars@lycksele.se',
    });
    await idp.setAccount('lars', { email: 'lars@lycksele.se' });
    const refused = await signIn('kommun', 'lars');
    expect(loginError(refused.location)).toBe('OIDC_ORGANIZATION_NOT_ALLOWED');
  });

  it('takes roles from the groups at every sign-in; a person whose groups grant nothing loses access and every session', async () => {
    const person = await createPerson(t, adminToken, { organizationId: orgs['24'], roles: ['participant'] });
    await idp.setAccount('maja', { email: person.email, groups: ['unrelated', COORDINATORS] });
    const first = await signIn('region', 'maja');
    const second = await signIn('region', 'maja');
    expect((await me(first.session!)).body.roles).toEqual(['coordinator']);

    // Moved to the secretaries' group: the next sign-in gives the new role, and ends the coordinator's sessions.
    await idp.setAccount('maja', { email: person.email, groups: [SECRETARIES] });
    const third = await signIn('region', 'maja');
    expect((await me(third.session!)).body.roles).toEqual(['secretary']);
    expect((await me(first.session!)).status).toBe(401);

    // Out of every mapped group: refused with a reason, and the sessions that were open end.
    await idp.setAccount('maja', { email: person.email, groups: ['unrelated'] });
    const refused = await signIn('region', 'maja');
    expect(loginError(refused.location)).toBe('OIDC_ACCESS_REVOKED');
    expect(refused.session).toBeUndefined();
    expect((await me(third.session!)).status).toBe(401);
    expect((await me(second.session!)).status).toBe(401);
    const [row] = await db.query(`SELECT login_enabled FROM people WHERE id = $1`, [person.id]);
    expect(row.login_enabled).toBe(false);

    // Back in a group: access returns at the next sign-in.
    await idp.setAccount('maja', { email: person.email, groups: [COORDINATORS] });
    const back = await signIn('region', 'maja');
    expect((await me(back.session!)).body).toMatchObject({ roles: ['coordinator'], loginEnabled: true });
  });

  it('keeps a login switched off in Samverkan switched off', async () => {
    const person = await createPerson(t, adminToken, { organizationId: orgs['24'], roles: ['participant'] });
    await idp.setAccount('sven', { email: person.email, groups: [SECRETARIES] });
    expect((await signIn('region', 'sven')).session).toBeDefined();
    await disableLogin(t, adminToken, person.id);
    expect(loginError((await signIn('region', 'sven')).location)).toBe('OIDC_ACCESS_REVOKED');
  });

  it('says so when the person refuses consent, the provider is down, or the provider is unknown', async () => {
    await idp.setAccount('ulla', { email: 'ulla@skelleftea.se' });
    const cancelled = await signIn('kommun', 'ulla', { consent: false });
    expect(loginError(cancelled.location)).toBe('OIDC_CONSENT_REFUSED');
    expect(await db.query(`SELECT 1 FROM people WHERE email = 'ulla@skelleftea.se'`)).toEqual([]);

    const down = await t.request({ method: 'GET', url: '/api/auth/oidc/nere/login' });
    expect(loginError(locationOf(down))).toBe('OIDC_PROVIDER_UNAVAILABLE');
    const unknown = await t.request({ method: 'GET', url: '/api/auth/oidc/okand/login' });
    expect(loginError(locationOf(unknown))).toBe('OIDC_UNKNOWN_PROVIDER');
  });

  it("signs out of both: our session ends and the provider's end-session page returns to the login page", async () => {
    const person = await createPerson(t, adminToken, { organizationId: orgs['24'], roles: ['participant'] });
    await idp.setAccount('greta', { email: person.email, groups: [COORDINATORS] });
    const signedIn = await signIn('region', 'greta');
    const logout = await t.request({
      method: 'DELETE',
      url: '/api/auth/session',
      headers: { cookie: `samverkan_session=${signedIn.session}`, ...CSRF },
    });
    expect(logout.status).toBe(200);
    expect((await me(signedIn.session!)).status).toBe(401);
    const providerLogout = new URL(logout.body.providerLogoutUrl);
    expect(providerLogout.origin).toBe(idp.issuer);
    expect(providerLogout.searchParams.get('post_logout_redirect_uri')).toBe(`${appUrl}/login`);
    expect(providerLogout.searchParams.get('id_token_hint')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(await signedIn.browser.endSession(providerLogout.href)).toBe(`${appUrl}/login`);

    // The provider session is gone: the next sign-in asks for the login again.
    const { authorizationUrl } = await startSignIn('region');
    const again = await fetch(authorizationUrl, { redirect: 'manual' });
    expect(again.headers.get('location')).toMatch(/\/interaction\//);
  });

  it('ends the sessions of a provider session that ended at the provider (back-channel logout)', async () => {
    const person = await createPerson(t, adminToken, { organizationId: orgs['24'], roles: ['participant'] });
    await idp.setAccount('harald', { email: person.email, groups: [SECRETARIES] });
    const signedIn = await signIn('region', 'harald');
    const elsewhere = await signIn('region', 'harald');
    expect((await me(signedIn.session!)).status).toBe(200);
    const results = (await idp.backchannelResults()).length;

    // Signing out at the provider itself (no id_token_hint: not through us).
    await signedIn.browser.endSession(`${idp.issuer}/session/end`);
    expect((await idp.backchannelResults()).slice(results)).toEqual([
      { clientId: 'samverkan-region', ok: true },
    ]);
    expect((await me(signedIn.session!)).status).toBe(401);
    // The other browser's provider session is another sid: it stays.
    expect((await me(elsewhere.session!)).status).toBe(200);

    const forged = await t.request({
      method: 'POST',
      url: '/api/auth/oidc/region/backchannel-logout',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: undefined,
    });
    expect(forged.status).toBe(400);
    const unsigned = await t.app
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url: '/api/auth/oidc/region/backchannel-logout',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'logout_token=eyJhbGciOiJub25lIn0.eyJzdWIiOiJoYXJhbGQifQ.',
      });
    expect(unsigned.statusCode).toBe(400);
    const unknownProvider = await t.request({
      method: 'POST',
      url: '/api/auth/oidc/okand/backchannel-logout',
      body: { logout_token: 'x.y.z' },
    });
    expect(unknownProvider.status).toBe(404);
    expect(unknownProvider.body.code).toBe('IDENTITY_PROVIDER_NOT_FOUND');
    expect((await me(elsewhere.session!)).status).toBe(200);
  });

  it('keeps bearer tokens of the outside issuer working, for our audience only', async () => {
    const person = await createPerson(t, adminToken, { organizationId: orgs['24'], roles: ['participant'] });
    await idp.setAccount('berit', { email: person.email, groups: [SECRETARIES] });
    const region = await signIn('region', 'berit');
    const [regionRow] = await db.query(
      `SELECT id_token FROM browser_sessions WHERE identity_provider = 'region' AND identity_subject = 'berit'`,
    );
    const accepted = await t.request({ method: 'GET', url: '/api/me', token: regionRow.id_token });
    expect(accepted.status).toBe(200);
    expect(accepted.body.id).toBe(person.id);
    expect(region.session).toBeDefined();

    // The same person's ID token for the municipalities' client: another audience.
    const other = await createPerson(t, adminToken, { organizationId: orgs['2480'], roles: ['participant'] });
    await idp.setAccount('bosse', { email: other.email });
    await signIn('kommun', 'bosse');
    const [kommunRow] = await db.query(
      `SELECT id_token FROM browser_sessions WHERE identity_provider = 'kommun' AND identity_subject = 'bosse'`,
    );
    const refused = await t.request({ method: 'GET', url: '/api/me', token: kommunRow.id_token });
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('INVALID_TOKEN');
  });
});

describe('single sign-on only (PASSWORD_LOGIN=false), and providers checked at start', () => {
  const provider = {
    id: 'region',
    name: 'Region Västerbotten',
    issuer: 'https://login.example.se/tenant/v2.0',
    clientId: 'samverkan',
    clientSecret: 'secret',
    organizations: ['24'],
  };

  it('refuses every password sign-in with a reason, and offers only the providers', async () => {
    const t = await startTestApp({ PASSWORD_LOGIN: 'false', OIDC_PROVIDERS: JSON.stringify([provider]) });
    try {
      const options = await t.request({ method: 'GET', url: '/api/auth/sign-in-options' });
      expect(options.body).toEqual({
        passwordLogin: false,
        providers: [{ id: 'region', name: 'Region Västerbotten', signInUrl: '/api/auth/oidc/region/login' }],
      });
      const body = { email: 'admin@test.samverkan.se', password: 'admin-password-123' };
      for (const url of ['/api/auth/login', '/api/auth/session']) {
        const refused = await t.request({ method: 'POST', url, body, headers: CSRF });
        expect({ url, status: refused.status, code: refused.body.code }).toEqual({
          url,
          status: 403,
          code: 'PASSWORD_LOGIN_DISABLED',
        });
      }
      const forgot = await t.request({
        method: 'POST',
        url: '/api/auth/password/forgot',
        body: { email: body.email },
      });
      expect(forgot.status).toBe(403);
    } finally {
      await t.close();
    }
  });

  it('does not start with organizations that do not exist or roles they cannot hold, naming each', async () => {
    const broken = {
      ...provider,
      organizations: ['24', '9999'],
      jit: [{ domain: 'skelleftea.se', organization: '2482', roles: ['coordinator'] }],
      roleMapping: { rules: [{ value: 'g', roles: ['secretary'], organization: '8888' }] },
    };
    await expect(startTestApp({ OIDC_PROVIDERS: JSON.stringify([broken]) })).rejects.toMatchObject({
      problems: [
        'OIDC_PROVIDERS.0.organizations.1: no organization has the code "9999"',
        'OIDC_PROVIDERS.0.jit.0.organization: "2482" is not among the provider\'s organizations',
        'OIDC_PROVIDERS.0.jit.0.roles: only people of a region can be coordinators',
        'OIDC_PROVIDERS.0.roleMapping.rules.0.organization: no organization has the code "8888"',
        'OIDC_PROVIDERS.0.roleMapping.rules.0.organization: "8888" is not among the provider\'s organizations',
      ],
    });
  });
});
