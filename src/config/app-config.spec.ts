import { ConfigValidationError, loadConfig } from './app-config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});
    expect(config.role).toBe('all');
    expect(config.http.port).toBe(3000);
    expect(new URL(config.database.url).pathname).toBe('/samverkan');
    expect(new URL(config.database.url).host).toBe('127.0.0.1:5432');
    expect(config.redis.url).toBe('redis://127.0.0.1:6379');
    expect(config.mail.smtpUrl).toBeUndefined();
    expect(config.timeZone).toBe('Europe/Stockholm');
    expect(config.defaultLocale).toBe('sv');
    expect(config.auth.jwtSecretGenerated).toBe(true);
    expect(config.auth.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(config.http.publicUrl).toBe('http://localhost:3000');
  });

  it('treats empty variables as unset', () => {
    const config = loadConfig({ SMTP_URL: '', DATABASE_URL: '', PUBLIC_URL: '' });
    expect(config.mail.smtpUrl).toBeUndefined();
    expect(new URL(config.database.url).pathname).toBe('/samverkan');
  });

  it('lists every problem at once, naming each variable', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      APP_ROLE: 'both',
      REDIS_URL: 'http://nope',
      DATABASE_URL: 'mysql://x/y',
      BUSINESS_TIME_ZONE: 'Mars/Olympus',
    });
    const names = problems.map((problem) => problem.split(':')[0]);
    expect(names).toEqual(
      expect.arrayContaining(['PORT', 'APP_ROLE', 'REDIS_URL', 'DATABASE_URL', 'BUSINESS_TIME_ZONE']),
    );
    expect(problems).toHaveLength(5);
  });

  it('requires a long JWT_SECRET in production', () => {
    const https = { NODE_ENV: 'production', PUBLIC_URL: 'https://samverkan.example.se' };
    expect(problemsOf(https)).toEqual([expect.stringMatching(/^JWT_SECRET: .*required/)]);
    expect(problemsOf({ ...https, JWT_SECRET: 'short' })).toEqual([
      expect.stringMatching(/^JWT_SECRET: .*32/),
    ]);
    const config = loadConfig({ ...https, JWT_SECRET: 'x'.repeat(40) });
    expect(config.isProduction).toBe(true);
    expect(config.auth.jwtSecretGenerated).toBe(false);
  });

  it('refuses an http PUBLIC_URL (or none) in production unless ALLOW_INSECURE_PUBLIC_URL=true', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };
    expect(problemsOf({ ...production, PUBLIC_URL: 'http://samverkan.example.se' })).toEqual([
      expect.stringMatching(/^PUBLIC_URL: must be https .*ALLOW_INSECURE_PUBLIC_URL=true/),
    ]);
    expect(problemsOf(production)).toEqual([expect.stringMatching(/^PUBLIC_URL: is required /)]);
    // Listed with every other problem, not only once the rest is right.
    const names = problemsOf({ NODE_ENV: 'production', PUBLIC_URL: 'http://x.se', PORT: 'eighty' }).map(
      (problem) => problem.split(':')[0],
    );
    expect(names.sort()).toEqual(['JWT_SECRET', 'PORT', 'PUBLIC_URL']);
    const https = loadConfig({ ...production, PUBLIC_URL: 'https://samverkan.example.se/' });
    expect(https.http.publicUrl).toBe('https://samverkan.example.se');
    const allowed = loadConfig({
      ...production,
      PUBLIC_URL: 'http://samverkan.example.se',
      ALLOW_INSECURE_PUBLIC_URL: 'true',
    });
    expect(allowed.http.publicUrl).toBe('http://samverkan.example.se');
    // Outside production http stays the default.
    expect(loadConfig({ PUBLIC_URL: 'http://localhost:3000' }).http.publicUrl).toBe('http://localhost:3000');
  });

  it('believes no X-Forwarded-For unless TRUST_PROXY names the proxies or a hop count, and never takes true', () => {
    expect(loadConfig({}).http.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).http.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).http.trustProxy).toBe(2);
    expect(
      loadConfig({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,::1,fd00::/8,loopback' }).http.trustProxy,
    ).toEqual(['10.0.0.5', '10.1.0.0/16', '::1', 'fd00::/8', 'loopback']);
    expect(problemsOf({ TRUST_PROXY: 'true' })).toEqual([
      expect.stringMatching(/^TRUST_PROXY: .*true would believe any address/),
    ]);
    for (const bad of ['10.0.0.0/33', 'proxy.example.se', '0', '10.0.0.1/8/1', ',']) {
      expect(problemsOf({ TRUST_PROXY: bad })).toEqual([expect.stringMatching(/^TRUST_PROXY: /)]);
    }
  });

  it('wants the OIDC issuer and its key set together', () => {
    expect(problemsOf({ AUTH_ISSUER: 'https://login.example.se' })).toEqual([
      expect.stringMatching(/^AUTH_JWKS_URL: /),
    ]);
    const config = loadConfig({
      AUTH_ISSUER: 'https://login.example.se',
      AUTH_JWKS_URL: 'https://login.example.se/jwks',
    });
    expect(config.auth.oidc).toEqual({
      issuer: 'https://login.example.se',
      jwksUrl: 'https://login.example.se/jwks',
      audience: undefined,
    });
  });

  it('strips a trailing slash from PUBLIC_URL and lower-cases the admin email', () => {
    const config = loadConfig({
      PUBLIC_URL: 'https://samverkan.example.se/',
      ADMIN_EMAIL: 'Admin@Region.SE',
    });
    expect(config.http.publicUrl).toBe('https://samverkan.example.se');
    expect(config.admin.email).toBe('admin@region.se');
  });

  it('reads the retention periods with their defaults and lists every bad one', () => {
    expect(loadConfig({}).retention).toEqual({
      emailBodyDays: 90,
      expiredLinkDays: 30,
      auditYears: 10,
      guestDays: 180,
      cron: '30 3 * * *',
      batchSize: 1000,
    });
    expect(
      loadConfig({ RETENTION_EMAIL_BODY_DAYS: '30', RETENTION_AUDIT_YEARS: '12' }).retention,
    ).toMatchObject({
      emailBodyDays: 30,
      auditYears: 12,
    });
    const names = problemsOf({
      RETENTION_EMAIL_BODY_DAYS: '0',
      RETENTION_EXPIRED_LINK_DAYS: '-1',
      RETENTION_AUDIT_YEARS: '0',
      RETENTION_GUEST_DAYS: '29',
      RETENTION_CRON: 'daily',
      RETENTION_BATCH_SIZE: 'many',
    }).map((problem) => problem.split(':')[0]);
    expect(names.sort()).toEqual([
      'RETENTION_AUDIT_YEARS',
      'RETENTION_BATCH_SIZE',
      'RETENTION_CRON',
      'RETENTION_EMAIL_BODY_DAYS',
      'RETENTION_EXPIRED_LINK_DAYS',
      'RETENTION_GUEST_DAYS',
    ]);
  });
});

describe('OIDC_PROVIDERS and PASSWORD_LOGIN', () => {
  const region = {
    id: 'region',
    name: 'Region Västerbotten',
    issuer: 'https://login.microsoftonline.com/tenant/v2.0',
    clientId: 'client-a',
    clientSecret: 'secret',
    organizations: ['24'],
  };

  it('has no providers and password sign-in by default', () => {
    const config = loadConfig({});
    expect(config.auth.oidcProviders).toEqual([]);
    expect(config.auth.passwordLogin).toBe(true);
  });

  it('reads providers with their defaults and redirect URIs under PUBLIC_URL', () => {
    const config = loadConfig({
      PUBLIC_URL: 'https://samverkan.example.se/',
      OIDC_PROVIDERS: JSON.stringify([
        { ...region, emailClaim: 'upn', subjectClaim: 'oid+tid' },
        {
          ...region,
          id: 'kommun',
          emailClaim: 'email',
          jit: [{ domain: '@Skelleftea.se', organization: '2482' }],
        },
      ]),
    });
    const [entra, kommun] = config.auth.oidcProviders;
    expect(entra).toMatchObject({
      scopes: ['openid', 'email', 'profile'],
      requireVerifiedEmail: false,
      subjectClaim: 'oid+tid',
      redirectUri: 'https://samverkan.example.se/api/auth/oidc/region/callback',
    });
    expect(kommun.requireVerifiedEmail).toBe(true);
    expect(kommun.jit).toEqual([{ domain: 'skelleftea.se', organization: '2482', roles: ['participant'] }]);
  });

  it('lists every problem of every provider at once', () => {
    const problems = problemsOf({
      OIDC_PROVIDERS: JSON.stringify([
        { ...region, clientSecret: undefined, scopes: ['email'], organizations: [] },
        { ...region, issuer: 'not a url', roleMapping: { rules: [{ value: 'g', roles: ['boss'] }] } },
        { ...region, id: 'Bad Id', extra: true },
      ]),
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^OIDC_PROVIDERS\.0\.scopes: must include openid/),
        expect.stringMatching(/^OIDC_PROVIDERS\.0\.organizations/),
        expect.stringMatching(/^OIDC_PROVIDERS\.0\.clientSecret: give exactly one/),
        expect.stringMatching(/^OIDC_PROVIDERS\.1\.issuer: must be an http\(s\) URL/),
        expect.stringMatching(/^OIDC_PROVIDERS\.1\.roleMapping\.rules\.0\.roles\.0/),
        expect.stringMatching(/^OIDC_PROVIDERS\.2\.id/),
        expect.stringMatching(/^OIDC_PROVIDERS\.2: .*extra/),
      ]),
    );
    expect(problemsOf({ OIDC_PROVIDERS: '[{' })).toEqual([
      expect.stringMatching(/^OIDC_PROVIDERS: must be a JSON array/),
    ]);
    expect(problemsOf({ OIDC_PROVIDERS: JSON.stringify([region, region]) })).toEqual([
      expect.stringMatching(/^OIDC_PROVIDERS\.1\.id: "region" is used twice/),
    ]);
  });

  it('refuses an http issuer in production, and switching passwords off without a provider', () => {
    const production = {
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://samverkan.example.se',
      JWT_SECRET: 'x'.repeat(40),
    };
    expect(
      problemsOf({
        ...production,
        OIDC_PROVIDERS: JSON.stringify([{ ...region, issuer: 'http://idp.local' }]),
      }),
    ).toEqual([expect.stringMatching(/^OIDC_PROVIDERS\.0\.issuer: must be https/)]);
    expect(problemsOf({ ...production, PASSWORD_LOGIN: 'false' })).toEqual([
      expect.stringMatching(/^PASSWORD_LOGIN: false needs at least one provider/),
    ]);
    const ssoOnly = loadConfig({
      ...production,
      PASSWORD_LOGIN: 'false',
      OIDC_PROVIDERS: JSON.stringify([region]),
    });
    expect(ssoOnly.auth.passwordLogin).toBe(false);
  });
});
