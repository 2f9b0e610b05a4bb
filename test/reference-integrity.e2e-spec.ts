import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { ArrayReferences1766000000000 } from '../src/database/migrations/1766000000000-array-references';
import { MIGRATIONS } from '../src/database/migrations/index';
import { type TestApp, startTestApp } from './helpers/test-app';
import { adminLogin, createPerson, organizationIdsByCode } from './helpers/people-fixtures';

/**
 * Issue 12, point 2: every reference column has its foreign key, or (arrays and JSON the overview's read
 * model reads) a trigger the database runs that refuses the same as a foreign key would: an id that matches
 * no row is refused on write (SQLSTATE 23503), and a row still named cannot be deleted (ON DELETE RESTRICT).
 * Migration 1766000000000 moves the person lists into join tables and back, in order.
 */

/** Reference columns without a foreign key, each with the reason (docs/adr/0012). */
const WITHOUT_FOREIGN_KEY: Readonly<Record<string, string>> = {
  'audit_log.actor_id': 'the audit log keeps ids as they were written',
  'audit_log.organization_id': 'the audit log keeps ids as they were written',
  'calendar_feed_tokens.subject_id':
    'by kind: the generated subject_person_id / subject_organization_id have keys',
  'agenda_items.strategy_area_ids': 'guarded by the agenda_items_references trigger',
  'minutes.organization_ids': 'guarded by the minutes_references trigger',
};

describe('reference integrity in the database', () => {
  let t: TestApp;
  let db: Client;
  let token: string;
  let orgs: Record<string, string>;
  let people: string[];
  let meetingId: string;
  let areaId: string;

  beforeAll(async () => {
    t = await startTestApp({ APP_ROLE: 'api' });
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    token = await adminLogin(t);
    orgs = await organizationIdsByCode(t, token);
    people = [];
    for (const name of ['Anna Ek', 'Bo Lind', 'Cilla Berg']) {
      people.push(
        (await createPerson(t, token, { organizationId: orgs['2480'], roles: ['secretary'], name })).id,
      );
    }
    const meeting = await t.request({
      method: 'POST',
      url: '/api/meetings',
      token,
      body: {
        title: 'Samverkansmöte Umeå',
        start: '2031-03-11T09:00:00Z',
        end: '2031-03-11T10:30:00Z',
        organizationIds: [orgs['2480']],
        participants: people.map((personId) => ({ personId })),
        status: 'confirmed',
      },
    });
    expect(meeting.status).toBe(201);
    meetingId = meeting.body.id;
    const areas = await t.request({ method: 'GET', url: '/api/strategy-areas', token });
    areaId = areas.body.items[0].id;
    const minutes = await t.request({
      method: 'PUT',
      url: `/api/meetings/${meetingId}/minutes`,
      token,
      body: { attendance: [{ personId: people[0], status: 'present' }] },
    });
    expect(minutes.status).toBe(200);
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  /** The SQLSTATE a statement fails with, or null when it succeeds (inside a rolled-back savepoint). */
  async function sqlState(text: string, values: unknown[] = []): Promise<string | null> {
    await db.query('BEGIN');
    try {
      await db.query(text, values);
      return null;
    } catch (error) {
      return (error as { code?: string }).code ?? 'unknown';
    } finally {
      await db.query('ROLLBACK');
    }
  }

  it('has a foreign key on every uuid column named as a reference, but for the documented few', async () => {
    const { rows } = await db.query<{ col: string }>(`
      SELECT cl.relname || '.' || a.attname AS col
        FROM pg_attribute a
        JOIN pg_class cl ON cl.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = cl.relnamespace
       WHERE n.nspname = 'public' AND cl.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
         AND a.atttypid IN ('uuid'::regtype, 'uuid[]'::regtype) AND a.attname <> 'id'
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                          WHERE c.conrelid = a.attrelid AND c.contype = 'f' AND a.attnum = ANY(c.conkey))
       ORDER BY 1`);
    expect(rows.map((row) => row.col)).toEqual(Object.keys(WITHOUT_FOREIGN_KEY).sort());
  });

  it('refuses an unknown id in an agenda item strategy areas and keeps unchanged ones', async () => {
    const update = `UPDATE agenda_items SET strategy_area_ids = $1 WHERE meeting_id = $2`;
    expect(await sqlState(update, [[areaId, randomUUID()], meetingId])).toBe('23503');
    expect(await sqlState(update, [[areaId], meetingId])).toBeNull();
  });

  it('refuses unknown ids in the minutes: parties, attendance, action owners, areas and actions', async () => {
    const unknown = randomUUID();
    const action = (patch: Record<string, unknown>) =>
      JSON.stringify([
        {
          id: randomUUID(),
          agendaItemId: null,
          title: 'Gör',
          description: null,
          ownerPersonId: people[0],
          ownerOrganizationId: orgs['2480'],
          dueDate: '2031-05-01',
          strategyAreaIds: [areaId],
          actionId: null,
          addedBy: people[1],
          ...patch,
        },
      ]);
    const setActions = `UPDATE minutes SET actions = $1::jsonb WHERE meeting_id = $2`;
    expect(await sqlState(setActions, [action({}), meetingId])).toBeNull();
    for (const patch of [
      { ownerPersonId: unknown },
      { ownerOrganizationId: unknown },
      { strategyAreaIds: [areaId, unknown] },
      { actionId: unknown },
      { addedBy: unknown },
    ]) {
      expect({ patch, state: await sqlState(setActions, [action(patch), meetingId]) }).toEqual({
        patch,
        state: '23503',
      });
    }
    const attendance = (personId: string, organizationId: string | null) =>
      JSON.stringify([{ personId, name: 'N', organizationId, status: 'present' }]);
    const setAttendance = `UPDATE minutes SET attendance = $1::jsonb WHERE meeting_id = $2`;
    expect(await sqlState(setAttendance, [attendance(people[1], orgs['2480']), meetingId])).toBeNull();
    expect(await sqlState(setAttendance, [attendance(unknown, null), meetingId])).toBe('23503');
    expect(await sqlState(setAttendance, [attendance(people[1], unknown), meetingId])).toBe('23503');
    expect(
      await sqlState(
        `UPDATE minutes SET organization_ids = organization_ids || $1::uuid WHERE meeting_id = $2`,
        [unknown, meetingId],
      ),
    ).toBe('23503');
  });

  it('refuses deleting a person, municipality or strategy area the minutes or an agenda item still name', async () => {
    // Records named nowhere but in the array or JSON: without the triggers, each delete would succeed.
    const area = await t.request({
      method: 'POST',
      url: '/api/strategy-areas',
      token,
      body: { name: 'Nytt område' },
    });
    expect(area.status).toBe(201);
    const org = await t.request({
      method: 'POST',
      url: '/api/organizations',
      token,
      body: { kind: 'municipality', code: '2499', name: 'Provkommun', parentId: orgs['24'] },
    });
    expect(org.status).toBe(201);
    const person = await createPerson(t, token, {
      organizationId: orgs['24'],
      roles: ['participant'],
      name: 'Eva Nord',
    });
    const remove = {
      area: `DELETE FROM strategy_areas WHERE id = $1`,
      org: `DELETE FROM organizations WHERE id = $1`,
      person: `DELETE FROM people WHERE id = $1`,
    };
    expect(await sqlState(remove.area, [area.body.id])).toBeNull();
    expect(await sqlState(remove.org, [org.body.id])).toBeNull();
    expect(await sqlState(remove.person, [person.id])).toBeNull();
    await db.query(`UPDATE agenda_items SET strategy_area_ids = $1 WHERE meeting_id = $2`, [
      [area.body.id],
      meetingId,
    ]);
    await db.query(`UPDATE minutes SET attendance = $1::jsonb WHERE meeting_id = $2`, [
      JSON.stringify([{ personId: person.id, name: 'N', organizationId: org.body.id, status: 'present' }]),
      meetingId,
    ]);
    expect(await sqlState(remove.area, [area.body.id])).toBe('23503');
    expect(await sqlState(remove.org, [org.body.id])).toBe('23503');
    expect(await sqlState(remove.person, [person.id])).toBe('23503');
  });

  it('keys the calendar feed subject by kind', async () => {
    const insert = `INSERT INTO calendar_feed_tokens (kind, subject_id, token_hash, created_by)
                    VALUES ($1, $2, $3, $4)`;
    const hash = () => randomUUID().replace(/-/g, '').repeat(2);
    expect(await sqlState(insert, ['person', people[0], hash(), people[0]])).toBeNull();
    expect(await sqlState(insert, ['person', orgs['2480'], hash(), people[0]])).toBe('23503');
    expect(await sqlState(insert, ['organization', people[0], hash(), people[0]])).toBe('23503');
  });

  it('moves default participants, regional team and their order into join tables and back (migration 1766000000000)', async () => {
    const [umea] = [orgs['2480']];
    const region = await createPerson(t, token, {
      organizationId: orgs['24'],
      roles: ['coordinator'],
      name: 'Dan Ström',
    });
    const agreement = await t.request({
      method: 'PUT',
      url: `/api/organizations/${umea}/agreement`,
      token,
      body: {
        cadence: 'P3M',
        preferredMode: 'digital',
        validFrom: '2031-01-01',
        defaultParticipantIds: [people[2], region.id, people[0]],
      },
    });
    expect(agreement.status).toBe(200);
    expect(agreement.body.defaultParticipantIds).toEqual([people[2], region.id, people[0]]);
    const coordinatorToken = await t.login(region.email, region.password);
    const round = await t.request({
      method: 'POST',
      url: '/api/rounds',
      token: coordinatorToken,
      body: {
        name: 'Omgång',
        window: { from: '2031-09-01', to: '2031-10-31' },
        organizationIds: [umea],
        durationMinutes: 90,
        regionalTeam: [region.id],
      },
    });
    expect(round.status).toBe(201);

    const config = t.config;
    const dataSource = await new DataSource({ ...dataSourceOptions(config), extra: { max: 1 } }).initialize();
    try {
      // Back to before migration 1766000000000: the later ones first, then it.
      const undo = MIGRATIONS.length - MIGRATIONS.indexOf(ArrayReferences1766000000000);
      for (let step = 0; step < undo; step++) await dataSource.undoLastMigration({ transaction: 'each' });
      const [back] = await dataSource.query(
        `SELECT default_participant_ids::text[] AS ids FROM agreements WHERE id = $1`,
        [agreement.body.id],
      );
      expect(back.ids).toEqual([people[2], region.id, people[0]]);
      const [team] = await dataSource.query(`SELECT regional_team::text[] AS ids FROM rounds WHERE id = $1`, [
        round.body.id,
      ]);
      expect(team.ids).toEqual([region.id]);
      // A link to nothing written while the column had no key: left out by the migration.
      await dataSource.query(
        `UPDATE agreements SET default_participant_ids = default_participant_ids || $1::uuid WHERE id = $2`,
        [randomUUID(), agreement.body.id],
      );
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await dataSource.destroy();
    }
    const after = await t.request({ method: 'GET', url: `/api/organizations/${umea}/agreement`, token });
    expect(after.body.defaultParticipantIds).toEqual([people[2], region.id, people[0]]);
    const roundAfter = await t.request({ method: 'GET', url: `/api/rounds/${round.body.id}`, token });
    expect(roundAfter.body.regionalTeam).toEqual([region.id]);
  });
});
