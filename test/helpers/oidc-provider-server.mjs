// A real OpenID Connect provider for the tests (the `oidc-provider` package), run as its own Node process:
// jest's module sandbox gives objects of another realm to the package's plain-object checks. Started by
// test-oidc-provider.ts with OIDC_TEST_CLIENTS (JSON) and OIDC_TEST_PORT; prints "READY <issuer>".
// Its own development login and consent pages sign in the account named in the login field (any password).
// The test changes accounts between sign-ins through PUT /__test/accounts/<id> and reads the back-channel
// logout deliveries at GET /__test/backchannel.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';

const { info, warn } = console;
// The package's notices about its development-only defaults would flood every test's output.
const quiet =
  (write) =>
  (...args) => {
    if (typeof args[0] === 'string' && args[0].includes('oidc-provider ')) return;
    write(...args);
  };
console.info = quiet(info);
console.warn = quiet(warn);
const { default: Provider } = await import('oidc-provider');

const accounts = new Map(Object.entries(JSON.parse(process.env.OIDC_TEST_ACCOUNTS ?? '{}')));
const clients = JSON.parse(process.env.OIDC_TEST_CLIENTS ?? '[]');
const backchannel = [];

const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const signingKey = { ...(await exportJWK(privateKey)), kid: 'test-signing', alg: 'RS256', use: 'sig' };

const server = createServer();
await new Promise((resolve) => server.listen(Number(process.env.OIDC_TEST_PORT ?? 0), '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: clients.map((client) => ({
    grant_types: ['authorization_code'],
    response_types: ['code'],
    ...client,
  })),
  jwks: { keys: [signingKey] },
  cookies: { keys: [randomBytes(16).toString('hex')] },
  scopes: ['openid', 'email', 'profile', 'groups'],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
  // Claims in the ID token, as Entra ID and Keycloak send them.
  conformIdTokenClaims: false,
  ttl: {
    Interaction: 600,
    Session: 3600,
    Grant: 3600,
    AccessToken: 600,
    IdToken: 600,
    AuthorizationCode: 60,
  },
  pkce: { required: () => true },
  // Our service runs on loopback too: let back-channel logout reach it (the package refuses such addresses).
  fetch: (url, options) => {
    delete options.dispatcher;
    return globalThis.fetch(url, options);
  },
  features: {
    devInteractions: { enabled: true },
    rpInitiatedLogout: { enabled: true },
    backchannelLogout: { enabled: true },
  },
  async findAccount(_ctx, id) {
    if (!accounts.has(id)) return undefined;
    return {
      accountId: id,
      async claims() {
        const account = accounts.get(id);
        return {
          sub: id,
          email: account.email,
          email_verified: account.emailVerified ?? true,
          name: account.name ?? id,
          groups: account.groups ?? [],
        };
      },
    };
  },
});
provider.on('backchannel.success', (_ctx, client) =>
  backchannel.push({ clientId: client.clientId, ok: true }),
);
provider.on('backchannel.error', (_ctx, error, client) =>
  backchannel.push({
    clientId: client.clientId,
    ok: false,
    error: String(error?.message ?? error) + ' ' + String(error?.cause?.message ?? error?.cause?.code ?? ''),
  }),
);

const handle = provider.callback();
server.on('request', (request, response) => {
  const control = /^\/__test\/(accounts\/([^/?]+)|backchannel)$/.exec(request.url ?? '');
  if (!control) return handle(request, response);
  if (control[1] === 'backchannel') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(backchannel));
    return;
  }
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    accounts.set(decodeURIComponent(control[2]), JSON.parse(body));
    response.writeHead(204).end();
  });
});
process.stdout.write(`READY ${issuer}\n`);
