/** The first admin the service creates at start (a region admin of Västerbotten). */
export const ADMIN = { email: 'admin@web-e2e.example.se', password: 'admin-password-123' };

export const FIXTURE_ENV = 'SAMVERKAN_WEB_FIXTURES';

/** The test identity provider's accounts (global-setup): its login page takes any password. */
export const IDENTITY_PROVIDER = {
  name: 'Region Västerbotten',
  coordinatorGroup: 'grp-samverkan-samordnare',
  /** Created at the first sign-in (JIT); the group makes her a coordinator. */
  coordinator: {
    login: 'cecilia',
    email: 'cecilia.samordnare@regionvasterbotten.example.se',
    name: 'Cecilia Samordnare',
  },
  /** Of a domain no organization has: not linked. */
  stranger: { login: 'okand', email: 'okand@annanstans.example.com' },
} as const;

/** What the global setup created, handed to the tests through the environment. */
export interface Fixtures {
  url: string;
  /** The service's test database, for rows a test cannot make through the API (e.g. minutes in review). */
  databaseUrl: string;
  umeaId: string;
  skelleftea: string;
  /** GET `${mailboxUrl}/messages?to=<address>`: [{ subject, text }] the service emailed there (global-setup). */
  mailboxUrl: string;
  /** A participant of Umeå (a municipality's person). */
  municipalityContact: { email: string; password: string };
  /** The test identity provider's issuer (its login page is there). */
  identityProviderUrl: string;
}

export function fixtures(): Fixtures {
  const text = process.env[FIXTURE_ENV];
  if (!text) throw new Error('The browser tests need their global setup (web/playwright.config.ts)');
  return JSON.parse(text) as Fixtures;
}
