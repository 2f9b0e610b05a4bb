import { DataSource } from 'typeorm';
import { newLinkToken } from '../src/common/security/link-token';
import type { CreatedPerson } from './helpers/people-fixtures';
import { AdminSignIn, ROUND_PEOPLE } from './helpers/signed-in-people';
import { type TestApp, apiAs, linkAnswerLimits, startTestApp } from './helpers/test-app';

/**
 * Issue 17, point 4: answers through a round's proposal links (/round-proposal/:token) are limited per link
 * and per address by the same limit as the RSVP links (test/rsvp-limits.e2e-spec.ts), one count per address
 * for both kinds of link.
 */

const PER_TOKEN = 4;
const PER_ADDRESS = 10;

describe('round proposal answers under a rate limit', () => {
  let t: TestApp;
  let dataSource: DataSource;
  let orgs: Record<string, string>;
  let roundId: string;
  const tokens: Record<string, string> = {};
  const people: Record<string, CreatedPerson> = {};

  beforeAll(async () => {
    t = await startTestApp(linkAnswerLimits(PER_TOKEN, PER_ADDRESS));
    dataSource = t.app.get(DataSource);
    const admin = await AdminSignIn.start(t, { tokens, people });
    orgs = admin.orgs;
    await admin.people(ROUND_PEOPLE);
    const api = apiAs(() => t, tokens);
    const agreement = await api('PUT', `/api/organizations/${orgs['2480']}/agreement`, 'coordinator', {
      cadence: 'P3M',
      preferredMode: 'digital',
      defaultParticipantIds: [people.umea.id, people.team.id],
      location: { videoUrl: 'https://meet.example.se/2480' },
      validFrom: '2026-06-01',
    });
    expect(agreement.status).toBe(200);
    const created = await api('POST', '/api/rounds', 'coordinator', {
      name: 'Begränsad omgång',
      window: { from: '2027-03-01', to: '2027-03-31' },
      organizationIds: [orgs['2480']],
      durationMinutes: 90,
      regionalTeam: [people.team.id],
      constraints: {},
    });
    expect(created.status).toBe(201);
    roundId = created.body.id;
    const proposed = await api('POST', `/api/rounds/${roundId}/propose`, 'coordinator', {
      version: created.body.version,
    });
    expect(proposed.status).toBe(200);
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Proposal links for Umeå's contact, as the proposal email carries them (only the hash is stored). */
  async function links(count: number): Promise<string[]> {
    const minted = Array.from({ length: count }, () => newLinkToken());
    for (const { hash } of minted) {
      await dataSource.query(
        `INSERT INTO round_proposal_links (token_hash, round_id, organization_id, person_id)
         VALUES ($1, $2, $3, $4)`,
        [hash, roundId, orgs['2480'], people.umea.id],
      );
    }
    return minted.map(({ token }) => token);
  }

  const accept = (token: string, ip: string) =>
    t.request({
      method: 'POST',
      url: `/round-proposal/${token}`,
      body: { answer: 'accept' },
      headers: { 'x-forwarded-for': ip },
    });

  async function auditRows(): Promise<number> {
    const [row]: Array<{ count: number }> = await dataSource.query(
      `SELECT count(*)::int AS count FROM audit_log WHERE entity_id = $1 AND action = 'round.proposal-answer'`,
      [roundId],
    );
    return row.count;
  }

  it('answers 429 with Retry-After past the limit of one link, and records nothing for those', async () => {
    const [token] = await links(1);
    const before = await auditRows();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) statuses.push((await accept(token, `198.51.100.${i + 1}`)).status);
    expect(statuses.slice(0, PER_TOKEN)).toEqual(Array(PER_TOKEN).fill(200));
    expect(new Set(statuses.slice(PER_TOKEN))).toEqual(new Set([429]));
    const limited = await accept(token, '192.0.2.1');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(600);
    expect((await auditRows()) - before).toBe(PER_TOKEN);
    // Showing the link still works: GET changes nothing and is not limited.
    expect((await t.request({ method: 'GET', url: `/round-proposal/${token}` })).status).toBe(200);
  });

  it('limits one address answering through many links, unknown links and RSVP links counted alike', async () => {
    const many = await links(PER_ADDRESS + 1);
    for (let i = 0; i < PER_ADDRESS - 1; i += 1) {
      expect((await accept(many[i], '203.0.113.66')).status).toBe(200);
    }
    // An RSVP link guessed from the same address counts towards the same limit.
    const rsvp = await t.request({
      method: 'POST',
      url: `/rsvp/${'y'.repeat(43)}`,
      body: { partstat: 'ACCEPTED' },
      headers: { 'x-forwarded-for': '203.0.113.66' },
    });
    expect(rsvp.status).toBe(404);
    expect((await accept(many[PER_ADDRESS - 1], '203.0.113.66')).status).toBe(429);
    expect((await accept('x'.repeat(43), '203.0.113.66')).status).toBe(429);
    expect((await accept(many[PER_ADDRESS], '203.0.113.67')).status).toBe(200);
  });

  it('answers the page’s form with a page saying so, with the public pages’ headers', async () => {
    const [token] = await links(1);
    for (let i = 0; i < PER_TOKEN; i += 1) await accept(token, '192.0.2.30');
    const page = await t.request({
      method: 'POST',
      url: `/round-proposal/${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '192.0.2.30' },
      payload: Buffer.from('answer=accept'),
    });
    expect(page.status).toBe(429);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(Number(page.headers['retry-after'])).toBeGreaterThan(0);
    expect(page.headers['content-security-policy']).toContain("form-action 'self'");
    expect(page.text).toContain('För många svar');
    expect(page.text).toContain('Too many answers');
  });
});
