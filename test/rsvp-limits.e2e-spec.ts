import { DataSource } from 'typeorm';
import { TransactionService } from '../src/common/database/transaction.service';
import { InvitationService } from '../src/invitation/invitation.service';
import { MeetingTestDriver, type TestPerson, insertPeople } from './helpers/invitation-fixtures';
import { adminLogin, organizationIdsByCode } from './helpers/people-fixtures';
import { TEST_ADMIN, type TestApp, linkAnswerLimits, startTestApp } from './helpers/test-app';

/** Issue 12, point 10: RSVP answers are limited per link and per address, and do not flood the audit log. */

const PER_TOKEN = 4;
const PER_ADDRESS = 10;
const ANSWERS = ['ACCEPTED', 'DECLINED'] as const;

describe('RSVP answers under a rate limit', () => {
  let t: TestApp;
  let dataSource: DataSource;
  let orgs: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp(linkAnswerLimits(PER_TOKEN, PER_ADDRESS));
    dataSource = t.app.get(DataSource);
    orgs = await organizationIdsByCode(t, await adminLogin(t));
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A meeting next month with these people, and each one's RSVP token. */
  async function invite(
    count: number,
  ): Promise<{ meetingId: string; tokens: string[]; people: TestPerson[] }> {
    const people = await insertPeople(
      dataSource,
      orgs['2480'],
      Array.from({ length: count }, (_, i) => ({ name: `Svarare ${i + 1}` })),
    );
    const driver = await MeetingTestDriver.as(t.app, TEST_ADMIN.email);
    const meeting = await driver.create({
      organizationIds: [orgs['2480']],
      participants: people.map((person) => ({ personId: person.id })),
      start: new Date(Date.now() + 30 * 24 * 3600_000),
    });
    const links = await t.app.get(TransactionService).run((manager) =>
      t.app.get(InvitationService).issueRsvpLinks(
        manager,
        meeting.id,
        people.map((person) => person.id),
      ),
    );
    const tokens = people.map((person) => links.get(person.id)!.split('/rsvp/')[1]);
    return { meetingId: meeting.id, tokens, people };
  }

  const answer = (token: string, partstat: string, ip: string) =>
    t.request({
      method: 'POST',
      url: `/rsvp/${token}`,
      body: { partstat },
      headers: { 'x-forwarded-for': ip },
    });

  async function auditRows(meetingId: string): Promise<number> {
    const [row]: Array<{ count: number }> = await dataSource.query(
      `SELECT count(*)::int AS count FROM audit_log WHERE action = 'invitation.respond' AND entity_id = $1`,
      [meetingId],
    );
    return row.count;
  }

  it('answers 429 with Retry-After past the limit of one link, and writes no audit row for those', async () => {
    const { meetingId, tokens } = await invite(1);
    const statuses: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      statuses.push((await answer(tokens[0], ANSWERS[i % 2], `198.51.100.${i + 1}`)).status);
    }
    expect(statuses.slice(0, PER_TOKEN)).toEqual(Array(PER_TOKEN).fill(200));
    expect(new Set(statuses.slice(PER_TOKEN))).toEqual(new Set([429]));
    const limited = await answer(tokens[0], 'TENTATIVE', '192.0.2.1');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(600);
    expect(await auditRows(meetingId)).toBe(PER_TOKEN);
    // Showing the link still works: GET changes nothing and is not limited.
    expect((await t.request({ method: 'GET', url: `/rsvp/${tokens[0]}` })).status).toBe(200);
  });

  it('writes no audit row when the answer did not change', async () => {
    const { meetingId, tokens } = await invite(1);
    for (let i = 0; i < PER_TOKEN; i += 1) {
      expect((await answer(tokens[0], 'ACCEPTED', '203.0.113.5')).status).toBe(200);
    }
    expect(await auditRows(meetingId)).toBe(1);
  });

  it('limits one address answering through many links', async () => {
    const { tokens } = await invite(PER_ADDRESS + 1);
    for (let i = 0; i < PER_ADDRESS; i += 1) {
      expect((await answer(tokens[i], 'ACCEPTED', '203.0.113.66')).status).toBe(200);
    }
    expect((await answer(tokens[PER_ADDRESS], 'ACCEPTED', '203.0.113.66')).status).toBe(429);
    // Unknown links from that address are refused alike: guessing links is limited too.
    expect((await answer('x'.repeat(43), 'ACCEPTED', '203.0.113.66')).status).toBe(429);
    expect((await answer(tokens[PER_ADDRESS], 'ACCEPTED', '203.0.113.67')).status).toBe(200);
  });

  it('answers the page’s form with a page saying so, with the public pages’ headers', async () => {
    const { tokens } = await invite(1);
    for (let i = 0; i < PER_TOKEN; i += 1) await answer(tokens[0], ANSWERS[i % 2], '192.0.2.30');
    const page = await t.app
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url: `/rsvp/${tokens[0]}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '192.0.2.30' },
        payload: 'partstat=ACCEPTED',
      });
    expect(page.statusCode).toBe(429);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(Number(page.headers['retry-after'])).toBeGreaterThan(0);
    expect(page.headers['content-security-policy']).toContain("form-action 'self'");
    expect(page.body).toContain('För många svar');
    expect(page.body).toContain('Too many answers');
  });
});
