import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { newLinkToken } from '../src/common/security/link-token';
import { QueueRegistry } from '../src/jobs/queue-registry';
import { RetentionService } from '../src/retention/retention.service';
import { insertMeetingRow } from './helpers/meeting-rows';
import { adminLogin, createPerson, organizationIdsByCode } from './helpers/people-fixtures';
import { type TestApp, startTestApp } from './helpers/test-app';

const DAY_MS = 24 * 3600 * 1000;
const hash = () => randomBytes(32);

/** Every public record's rows, as one fingerprint per table: the run must leave each exactly as it was. */
const PUBLIC_RECORDS = [
  'minutes',
  'minutes_revisions',
  'minutes_reviews',
  'minutes_adjusters',
  'agenda_items',
  'agenda_item_papers',
  'action_events',
  'question_events',
  'rounds',
  'round_consultations',
  'round_proposal_answers',
];

describe('retention (gallring)', () => {
  let t: TestApp;
  let db: DataSource;
  let personId: string;
  let oldMeetingId: string;
  const proposalTokens: Array<{ label: string; token: string }> = [];
  let oldGuestId: string;
  let newGuestId: string;

  const sql = (query: string, parameters: unknown[] = []) => db.query(query, parameters);
  const fingerprints = async () =>
    Object.fromEntries(
      await Promise.all(
        PUBLIC_RECORDS.map(async (table) => {
          const [row] = await sql(
            `SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, '' ORDER BY x::text), '')) AS h FROM "${table}" x`,
          );
          return [table, `${row.n}:${row.h}`];
        }),
      ),
    );

  beforeAll(async () => {
    // Batches of one: the counts must add up over many batches.
    t = await startTestApp({ RETENTION_BATCH_SIZE: '1' });
    db = t.app.get(DataSource);
    const token = await adminLogin(t);
    const orgs = await organizationIdsByCode(t, token);
    personId = (await createPerson(t, token, { organizationId: orgs['2480'], roles: ['participant'] })).id;
    const region = orgs['24'];
    const old = await insertMeetingRow(db, {
      regionId: region,
      organizationIds: [orgs['2480']],
      participants: [{ personId }],
      start: new Date(Date.now() - 200 * DAY_MS),
      status: 'held',
    });
    oldMeetingId = old.id;
    const upcoming = await insertMeetingRow(db, {
      regionId: region,
      organizationIds: [orgs['2480']],
      participants: [{ personId }],
      start: new Date(Date.now() + 10 * DAY_MS),
    });

    // Guests (issue 17): one of the old meeting (ended 200 days ago, due after the default 180), with an email
    // sent 10 days ago (not due under the email period, but it goes with the guest); one of the upcoming.
    const guest = async (meetingId: string, email: string) => {
      const [row] = await sql(
        `INSERT INTO people (organization_id, guest_meeting_id, name, email, roles, locale, login_enabled, version)
         VALUES ($1, $2, 'Gunnel Gäst', $3, '{}', 'sv', false, 1) RETURNING id`,
        [region, meetingId, email],
      );
      await sql(
        `INSERT INTO meeting_participants (meeting_id, person_id, role) VALUES ($1, $2, 'optional')`,
        [meetingId, row.id],
      );
      await sql(
        `INSERT INTO emails (message_id, template, locale, recipient_person_id, to_address, subject, raw, status,
                             created_at, sent_at)
         VALUES ($1, 'guest-test', 'sv', $2, $3, 'Inbjudan', 'To: ' || $3, 'sent',
                 now() - interval '10 days', now() - interval '10 days')`,
        [`<guest.${randomBytes(4).toString('hex')}@test>`, row.id, email],
      );
      return row.id as string;
    };
    oldGuestId = await guest(old.id, 'gunnel.gast@example.se');
    newGuestId = await guest(upcoming.id, 'gunnel.gast@example.se');

    // RSVP links: the old meeting's ended 200 - 30 days ago (due); the upcoming meeting's: live, revoked
    // 40 days ago (due), revoked 5 days ago (kept).
    const [oldInvitation] = await sql(
      `INSERT INTO invitations (meeting_id, person_id) VALUES ($1, $2) RETURNING id`,
      [old.id, personId],
    );
    const [newInvitation] = await sql(
      `INSERT INTO invitations (meeting_id, person_id) VALUES ($1, $2) RETURNING id`,
      [upcoming.id, personId],
    );
    await sql(
      `INSERT INTO invitation_tokens (token_hash, invitation_id, revoked_at) VALUES
         ($1, $4, NULL), ($2, $5, NULL), ($3, $5, now() - interval '40 days'), ($6, $5, now() - interval '5 days')`,
      [hash(), hash(), hash(), oldInvitation.id, newInvitation.id, hash()],
    );

    // Locked minutes (a public record) with two reviews: one closed 60 days ago (its link is due), one 5
    // days ago (kept).
    await sql(
      `INSERT INTO minutes (meeting_id, region_id, organization_ids, status, revision, items, locked_at, lock_count,
                            pdf, pdf_public, version)
       VALUES ($1, $2, $3, 'locked', 2, '[{"title":"Beslut"}]', now() - interval '5 days', 1, '\\x255044462d', '\\x255044462d', 1)`,
      [old.id, region, [orgs['2480']]],
    );
    for (const [number, closedDays] of [
      [1, 60],
      [2, 5],
    ]) {
      const [review] = await sql(
        `INSERT INTO minutes_reviews (meeting_id, number, status, revision, submitted_by, submitted_at, deadline_at, closed_at)
         VALUES ($1, $2, $3, $2, $4, now() - make_interval(days => $5 + 1), now(), now() - make_interval(days => $5))
         RETURNING id`,
        [old.id, number, number === 1 ? 'superseded' : 'approved', personId, closedDays],
      );
      const [adjuster] = await sql(
        `INSERT INTO minutes_adjusters (review_id, meeting_id, person_id, party, decision, decided_at)
         VALUES ($1, $2, $3, 'region', 'approved', now()) RETURNING id`,
        [review.id, old.id, personId],
      );
      await sql(`INSERT INTO minutes_approval_tokens (token_hash, adjuster_id) VALUES ($1, $2)`, [
        hash(),
        adjuster.id,
      ]);
    }

    // Emails: sent 100 days ago and failed 100 days ago (bodies blanked), sent 10 days ago and still queued
    // (kept).
    for (const [label, status, days] of [
      ['old-sent', 'sent', 100],
      ['old-failed', 'failed', 100],
      ['new-sent', 'sent', 10],
      ['old-queued', 'queued', 100],
    ] as const) {
      await sql(
        `INSERT INTO emails (message_id, template, locale, recipient_person_id, to_address, subject, raw, status,
                             created_at, sent_at)
         VALUES ($1, 'test', 'sv', $2, 'someone@example.se', $1, 'Subject: body of ' || $1, $3,
                 now() - make_interval(days => $4), CASE WHEN $3 = 'sent' THEN now() - make_interval(days => $4) END)`,
        [`<${label}.${randomBytes(4).toString('hex')}@test>`, personId, status, days],
      );
    }

    // Round proposal links (one per contact), by when their consultation closed: a round confirmed 40 days
    // ago and one whose answer time ran out 40 days ago (due, two links each); a round confirmed 5 days
    // ago, one whose answer time ran out 5 days ago and one still open (kept).
    for (const [label, status, confirmedDays, expiredDays] of [
      ['confirmed-old', 'confirmed', 40, null],
      ['expired-old', 'draft', null, 40],
      ['confirmed-new', 'confirmed', 5, null],
      ['expired-new', 'draft', null, 5],
      ['open', 'draft', null, null],
    ] as const) {
      const [round] = await sql(
        `INSERT INTO rounds (region_id, name, status, window_first, window_last, duration_minutes, input, progress,
                             version, confirmed_at)
         VALUES ($1, $2, $3, current_date, current_date, 90, '{}', '{}', 1,
                 now() - make_interval(days => $4::int))
         RETURNING id`,
        [region, label, status, confirmedDays],
      );
      await sql(
        `INSERT INTO round_consultations (round_id, sent_at, answer_due_at, expired_at)
         VALUES ($1, now() - interval '60 days', now() - make_interval(days => COALESCE($2::int, -3)),
                 now() - make_interval(days => $2::int))`,
        [round.id, expiredDays],
      );
      await sql(
        `INSERT INTO round_proposal_answers (round_id, organization_id, proposed_start_at)
         VALUES ($1, $2, now() + interval '30 days')`,
        [round.id, orgs['2480']],
      );
      for (const contact of [personId, null]) {
        const link = newLinkToken();
        proposalTokens.push({ label, token: link.token });
        await sql(
          `INSERT INTO round_proposal_links (token_hash, round_id, organization_id, person_id) VALUES ($1, $2, $3, $4)`,
          [link.hash, round.id, orgs['2480'], contact],
        );
      }
    }

    // Password links: expired 40 days ago, used 40 days ago (both due); expired 5 days ago, live (kept).
    await sql(
      `INSERT INTO password_links (token_hash, person_id, purpose, expires_at, used_at) VALUES
         ($1, $5, 'reset', now() - interval '40 days', NULL),
         ($2, $5, 'set', now() + interval '1 day', now() - interval '40 days'),
         ($3, $5, 'reset', now() - interval '5 days', NULL),
         ($4, $5, 'set', now() + interval '1 day', NULL)`,
      [...[1, 2, 3, 4].map(() => hash().toString('hex')), personId],
    );
    // Browser sessions: past their lifetime 40 days ago, idle for 40 days (both due); live (kept).
    await sql(
      `INSERT INTO browser_sessions (token_hash, person_id, credentials_version, last_seen_at, expires_at) VALUES
         ($1, $4, 0, now() - interval '41 days', now() - interval '40 days'),
         ($2, $4, 0, now() - interval '40 days', now() + interval '1 day'),
         ($3, $4, 0, now(), now() + interval '1 day')`,
      [...[1, 2, 3].map(() => hash().toString('hex')), personId],
    );
    // Audit entries: two written 11 years ago (due), one 9 years ago (kept), besides today's.
    await sql(
      `INSERT INTO audit_log (occurred_at, action, entity_type, entity_id) VALUES
         (now() - interval '11 years', 'test.old', 'test', 'a'),
         (now() - interval '11 years 2 days', 'test.old', 'test', 'b'),
         (now() - interval '9 years', 'test.kept', 'test', 'c')`,
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  it('removes what is due under each period, counts it, keeps the rest and every public record', async () => {
    const before = await fingerprints();
    const [{ audit_before: auditBefore }] = await sql(`SELECT count(*)::int AS audit_before FROM audit_log`);

    const proposalPage = (token: string) =>
      t.request({ method: 'GET', url: `/round-proposal/${token}`, headers: { accept: 'application/json' } });
    for (const { token } of proposalTokens) expect((await proposalPage(token)).status).not.toBe(404);
    const counts = await t.app.get(RetentionService).run();
    expect(counts).toEqual({
      emailBodies: 2,
      rsvpTokens: 2,
      approvalTokens: 1,
      proposalLinks: 4,
      passwordLinks: 2,
      browserSessions: 2,
      auditEntries: 2,
      guests: 1,
    });

    // The old meeting's guest goes by the pseudonym, their email's text is gone; the upcoming one's stays.
    const guests = await sql(
      `SELECT p.id, p.name, p.email, p.erased_at IS NOT NULL AS erased, e.raw, e.to_address,
              EXISTS (SELECT 1 FROM meeting_participants mp WHERE mp.person_id = p.id) AS participant
         FROM people p JOIN emails e ON e.recipient_person_id = p.id WHERE p.id = ANY($1) ORDER BY p.id = $2`,
      [[oldGuestId, newGuestId], oldGuestId],
    );
    expect(guests).toEqual([
      {
        id: newGuestId,
        name: 'Gunnel Gäst',
        email: 'gunnel.gast@example.se',
        erased: false,
        raw: 'To: gunnel.gast@example.se',
        to_address: 'gunnel.gast@example.se',
        participant: true,
      },
      {
        id: oldGuestId,
        name: `Borttagen person ${oldGuestId.slice(0, 8)}`,
        email: `erased+${oldGuestId}@invalid`,
        erased: true,
        raw: '',
        to_address: `erased+${oldGuestId}@invalid`,
        participant: true,
      },
    ]);

    const emails = await sql(
      `SELECT subject, status, raw, to_address FROM emails WHERE template = 'test' ORDER BY subject`,
    );
    const bodyOf = (label: string) => emails.find((email: any) => email.subject.startsWith(`<${label}.`));
    expect(emails).toHaveLength(4); // the metadata stays
    expect(bodyOf('old-sent')).toMatchObject({ raw: '', status: 'sent', to_address: 'someone@example.se' });
    expect(bodyOf('old-failed').raw).toBe('');
    expect(bodyOf('new-sent').raw).toMatch(/^Subject: body of/);
    expect(bodyOf('old-queued').raw).toMatch(/^Subject: body of/);

    const tokens = await sql(
      `SELECT i.meeting_id, t.revoked_at IS NOT NULL AS revoked FROM invitation_tokens t JOIN invitations i ON i.id = t.invitation_id`,
    );
    expect(tokens).toHaveLength(2);
    expect(tokens.every((token: any) => token.meeting_id !== oldMeetingId)).toBe(true);
    const [{ n: approvalLeft }] = await sql(
      `SELECT count(*)::int AS n FROM minutes_approval_tokens t JOIN minutes_adjusters a ON a.id = t.adjuster_id
        JOIN minutes_reviews r ON r.id = a.review_id WHERE r.number = 2`,
    );
    expect(approvalLeft).toBe(1);
    expect(await sql(`SELECT count(*)::int AS n FROM minutes_approval_tokens`)).toEqual([{ n: 1 }]);
    const proposalLinksLeft = await sql(
      `SELECT r.name, count(*)::int AS n FROM round_proposal_links l JOIN rounds r ON r.id = l.round_id
        GROUP BY r.name ORDER BY r.name`,
    );
    expect(proposalLinksLeft).toEqual([
      { name: 'confirmed-new', n: 2 },
      { name: 'expired-new', n: 2 },
      { name: 'open', n: 2 },
    ]);
    // A removed link answers as an unknown one; a kept one is still known.
    for (const { label, token } of proposalTokens) {
      const page = await proposalPage(token);
      if (label.endsWith('-old'))
        expect([label, page.status, page.body?.code]).toEqual([label, 404, 'ROUND_PROPOSAL_LINK_NOT_FOUND']);
      else expect([label, page.status]).not.toEqual([label, 404]);
    }
    expect(
      await sql(`SELECT count(*)::int AS n FROM password_links WHERE person_id = $1`, [personId]),
    ).toEqual([{ n: 2 }]);
    expect(
      await sql(`SELECT count(*)::int AS n FROM browser_sessions WHERE person_id = $1`, [personId]),
    ).toEqual([{ n: 1 }]);
    expect(await sql(`SELECT entity_id FROM audit_log WHERE entity_type = 'test'`)).toEqual([
      { entity_id: 'c' },
    ]);
    expect(await sql(`SELECT count(*)::int AS n FROM audit_log`)).toEqual([{ n: auditBefore - 2 }]);

    expect(await fingerprints()).toEqual(before);
    const [minutes] = await sql(`SELECT status, pdf, pdf_public FROM minutes WHERE meeting_id = $1`, [
      oldMeetingId,
    ]);
    expect(minutes.status).toBe('locked');
    expect(minutes.pdf.toString()).toBe('%PDF-');
  });

  it('removes nothing on a second run', async () => {
    expect(await t.app.get(RetentionService).run()).toEqual({
      emailBodies: 0,
      rsvpTokens: 0,
      approvalTokens: 0,
      proposalLinks: 0,
      passwordLinks: 0,
      browserSessions: 0,
      auditEntries: 0,
      guests: 0,
    });
  });

  it('keeps the audit log append-only outside the retention job', async () => {
    await sql(
      `INSERT INTO audit_log (occurred_at, action, entity_type, entity_id) VALUES
         (now() - interval '20 years', 'test.guarded', 'guard', 'old'),
         (now() - interval '2 months', 'test.guarded', 'guard', 'young')`,
    );
    await expect(sql(`DELETE FROM audit_log WHERE entity_type = 'guard'`)).rejects.toThrow(/append-only/);
    await expect(sql(`UPDATE audit_log SET action = 'x' WHERE entity_type = 'guard'`)).rejects.toThrow(
      /append-only/,
    );
    // Within a transaction that names a cut-off: never an entry younger than the cut-off or than a year.
    const withCutOff = (cutOff: string, statement: string) =>
      db.transaction(async (manager) => {
        await manager.query(`SELECT set_config('samverkan.audit_retention_before', $1, true)`, [cutOff]);
        return manager.query(statement);
      });
    await expect(
      withCutOff(new Date().toISOString(), `DELETE FROM audit_log WHERE entity_id = 'young'`),
    ).rejects.toThrow(/retention cut-off/);
    await expect(
      withCutOff(
        new Date(Date.now() - 30 * 365 * DAY_MS).toISOString(),
        `DELETE FROM audit_log WHERE entity_id = 'old'`,
      ),
    ).rejects.toThrow(/retention cut-off/);
    await expect(withCutOff(new Date().toISOString(), `TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    // The setting lasts only for its transaction.
    await expect(sql(`DELETE FROM audit_log WHERE entity_id = 'old'`)).rejects.toThrow(/append-only/);
    expect(
      await sql(`SELECT entity_id FROM audit_log WHERE entity_type = 'guard' ORDER BY entity_id`),
    ).toEqual([{ entity_id: 'old' }, { entity_id: 'young' }]);
  });

  it('schedules the run daily at RETENTION_CRON in the business time zone', async () => {
    const schedulers = await t.app.get(QueueRegistry).get('maintenance').getJobSchedulers();
    expect(schedulers).toEqual([
      expect.objectContaining({ key: 'retention.run', pattern: '30 3 * * *', tz: 'Europe/Stockholm' }),
    ]);
  });
});
