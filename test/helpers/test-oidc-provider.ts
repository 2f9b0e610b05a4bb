import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';

/** An account at the test provider: its claims. */
export interface TestAccount {
  email: string;
  emailVerified?: boolean;
  name?: string;
  groups?: string[];
}

export interface TestOidcClient {
  client_id: string;
  client_secret?: string;
  token_endpoint_auth_method?: 'client_secret_post' | 'client_secret_basic' | 'private_key_jwt';
  jwks?: { keys: object[] };
  redirect_uris: string[];
  post_logout_redirect_uris?: string[];
  backchannel_logout_uri?: string;
  backchannel_logout_session_required?: boolean;
}

/** A real OpenID Connect provider in a process of its own (oidc-provider-server.mjs), on a loopback port. */
export interface TestOidcProvider {
  issuer: string;
  /** Creates or changes an account (a renamed address, other groups) for the next sign-in. */
  setAccount(id: string, account: TestAccount): Promise<void>;
  /** Back-channel logout deliveries so far: the client and whether it answered 2xx. */
  backchannelResults(): Promise<Array<{ clientId: string; ok: boolean }>>;
  close(): Promise<void>;
}

/** A private RSA JWK (with its public half) for a client that authenticates with private_key_jwt. */
export async function clientKeyPair(
  kid: string,
): Promise<{ privateJwk: Record<string, unknown>; publicJwk: Record<string, unknown> }> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return {
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'RS256' },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' },
  };
}

export async function startTestOidcProvider(options: {
  clients: TestOidcClient[];
  accounts?: Record<string, TestAccount>;
  port?: number;
}): Promise<TestOidcProvider> {
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'oidc-provider-server.mjs')], {
    env: {
      PATH: process.env.PATH,
      OIDC_TEST_CLIENTS: JSON.stringify(options.clients),
      OIDC_TEST_ACCOUNTS: JSON.stringify(options.accounts ?? {}),
      OIDC_TEST_PORT: String(options.port ?? 0),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the test provider did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /READY (\S+)/.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the test provider exited (${code}):\n${output}`));
    });
  });
  return {
    issuer,
    async setAccount(id, account) {
      const response = await fetch(`${issuer}/__test/accounts/${encodeURIComponent(id)}`, {
        method: 'PUT',
        body: JSON.stringify(account),
      });
      if (response.status !== 204) throw new Error(`setAccount: ${response.status}`);
    },
    async backchannelResults() {
      return (await fetch(`${issuer}/__test/backchannel`)).json();
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
