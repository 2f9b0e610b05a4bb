/** The first admin the service creates at start (a region admin of Västerbotten). */
export const ADMIN = { email: 'admin@web-e2e.example.se', password: 'admin-password-123' };

export const FIXTURE_ENV = 'SAMVERKAN_WEB_FIXTURES';

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
}

export function fixtures(): Fixtures {
  const text = process.env[FIXTURE_ENV];
  if (!text) throw new Error('The browser tests need their global setup (web/playwright.config.ts)');
  return JSON.parse(text) as Fixtures;
}
