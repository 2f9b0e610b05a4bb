import { DataSource } from 'typeorm';
import { seededRandom } from '../bench/scheduler-bench-data';
import { OVERVIEW_REGION_SQL, OVERVIEW_SQL } from '../src/overview/overview.repository';
import { type FollowUpCast, createCast, localDate } from './helpers/follow-up-fixtures';
import { insertMeetingRow } from './helpers/meeting-rows';
import { insertAgendaItem, insertMinutes } from './helpers/overview-rows';
import { type TestApp, startTestApp } from './helpers/test-app';

const DAY = 86_400_000;

interface ModelRow {
  organization_id: string;
  kind: string;
  today: string;
  window_start: string;
  time_zone: string;
  computed_at: Date;
  figures: unknown;
}

/**
 * The overview's read model (issue 11 point 1, migration 1765800000000): the writing transactions keep one
 * row of figures per organization, so a read is a lookup. After random sequences of writes, through the
 * API and straight to the tables, the rows equal the overview's statements computed from scratch for the
 * same clock, without any read of the overview in between.
 */
describe('overview read model (#11)', () => {
  let t: TestApp;
  let cast: FollowUpCast;
  let dataSource: DataSource;
  let region: string;
  let municipalities: string[];
  let areas: string[];

  const send = async (method: 'POST' | 'PATCH', url: string, body: unknown) => {
    const response = await t.request({ method, url, token: cast.coordinator.token, body });
    if (response.status >= 300) throw new Error(`${method} ${url}: ${response.status} ${response.text}`);
    return response.body as { id: string };
  };
  const readOverview = async () => {
    const response = await t.request({ method: 'GET', url: '/api/overview', token: cast.coordinator.token });
    expect(response.status).toBe(200);
    return response.body as { totals: { actionsOverdue: number } };
  };
  const model = (): Promise<ModelRow[]> =>
    dataSource.query(
      `SELECT organization_id, kind, today::text AS today, window_start::text AS window_start, time_zone,
              computed_at, figures
         FROM overview_model WHERE region_id = $1 ORDER BY organization_id`,
      [region],
    );
  /** The statements run from scratch for the clock the model rows were computed for. */
  const fromScratch = async (clock: ModelRow) => {
    const parameters = [region, clock.computed_at, clock.today, clock.window_start, clock.time_zone];
    const rows = await dataSource.query<Array<{ id: string; figures: unknown }>>(
      `SELECT r.id, to_jsonb(r) AS figures FROM (${OVERVIEW_SQL}) r`,
      parameters,
    );
    const [own] = await dataSource.query<Array<{ id: string; figures: unknown }>>(
      `SELECT r.id, to_jsonb(r) AS figures FROM (${OVERVIEW_REGION_SQL}) r`,
      parameters,
    );
    return new Map([...rows, own].map((row) => [row.id, row.figures]));
  };
  const expectModelEqualsScratch = async (step: string) => {
    const rows = await model();
    expect({ step, rows: rows.length }).toEqual({ step, rows: municipalities.length + 1 });
    const scratch = await fromScratch(rows.find((row) => row.kind === 'region')!);
    for (const row of rows) {
      expect({ step, id: row.organization_id, figures: row.figures }).toEqual({
        step,
        id: row.organization_id,
        figures: scratch.get(row.organization_id),
      });
    }
  };

  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    dataSource = t.app.get(DataSource);
    region = cast.orgs['24'];
    municipalities = Object.entries(cast.orgs)
      .filter(([code]) => code !== '24')
      .map(([, id]) => id);
    areas = (
      (await t.request({ method: 'GET', url: '/api/strategy-areas', token: cast.coordinator.token })).body
        .items as Array<{ id: string }>
    ).map((area) => area.id);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('is kept by the writing transaction itself: a write straight to a table changes the row, no read needed', async () => {
    await readOverview();
    const umea = cast.orgs['2480'];
    const before = (await model()).find((row) => row.organization_id === umea)!;
    await dataSource.query(
      `INSERT INTO actions (region_id, title, owner_person_id, owner_organization_id, due_date, status, created_by, version)
       VALUES ($1, 'Skriven direkt', $2, $3, $4, 'open', $2, 1)`,
      [region, cast.umeaOwner.id, umea, localDate(-2)],
    );
    const after = (await model()).find((row) => row.organization_id === umea)!;
    const overdue = (row: ModelRow) => (row.figures as { actions_overdue: number }).actions_overdue;
    expect(overdue(after)).toBe(overdue(before) + 1);
    await expectModelEqualsScratch('direct insert');
  });

  it('equals a from-scratch computation after random sequences of writes', async () => {
    await readOverview();
    const next = seededRandom(20261206);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    const meetings: string[] = [];
    const actions: string[] = [];
    const questions: string[] = [];
    const withMinutes = new Set<string>();
    const owners = [
      { organizationId: cast.orgs['2480'], personId: cast.umeaOwner.id },
      { organizationId: cast.orgs['2482'], personId: cast.skellefteaOwner.id },
      { organizationId: region, personId: cast.coordinator.id },
    ];
    const someAreas = () => areas.filter(() => next() < 0.3);

    for (let step = 0; step < 40; step += 1) {
      const kind = pick([
        'meeting',
        'meeting',
        'action',
        'action',
        'status',
        'question',
        'agenda',
        'minutes',
        'close',
      ]);
      if (kind === 'meeting') {
        const organizationIds = [pick(municipalities), ...(next() < 0.2 ? [pick(municipalities)] : [])];
        const start = new Date(Date.now() + Math.round((next() * 460 - 400) * DAY));
        const status =
          start.getTime() < Date.now()
            ? pick(['held', 'confirmed', 'cancelled'] as const)
            : pick(['planned', 'confirmed', 'cancelled'] as const);
        const meeting = await insertMeetingRow(dataSource, {
          regionId: region,
          organizationIds: [...new Set(organizationIds)],
          participants: [],
          start,
          status,
        });
        meetings.push(meeting.id);
      } else if (kind === 'action') {
        const owner = pick(owners);
        const meetingId = meetings.length > 0 && next() < 0.4 ? pick(meetings) : undefined;
        const created = await send('POST', '/api/actions', {
          title: `Åtgärd ${step}`,
          ownerPersonId: owner.personId,
          ownerOrganizationId: owner.organizationId,
          dueDate: localDate(Math.round(next() * 60 - 40)),
          strategyAreaIds: someAreas(),
          ...(meetingId ? { meetingId } : {}),
        });
        actions.push(created.id);
      } else if (kind === 'status' && actions.length > 0) {
        await send('PATCH', `/api/actions/${pick(actions)}`, {
          status: pick(['done', 'in_progress', 'cancelled', 'open']),
        });
      } else if (kind === 'question') {
        const organizationIds = [...new Set([pick(municipalities), pick(municipalities)])];
        const created = await send('POST', '/api/questions', {
          title: `Fråga ${step}`,
          owner:
            next() < 0.5
              ? { kind: 'organization', organizationId: region }
              : { kind: 'organization', organizationId: organizationIds[0] },
          organizationIds,
          strategyAreaIds: someAreas(),
        });
        questions.push(created.id);
      } else if (kind === 'agenda' && meetings.length > 0) {
        await insertAgendaItem(dataSource, {
          meetingId: pick(meetings),
          title: `Punkt ${step}`,
          strategyAreaIds: someAreas(),
          status: pick(['scheduled', 'accepted', 'proposed']),
        });
      } else if (kind === 'minutes' && meetings.some((id) => !withMinutes.has(id))) {
        const meetingId = pick(meetings.filter((id) => !withMinutes.has(id)));
        withMinutes.add(meetingId);
        const [{ organization_ids }] = await dataSource.query(
          `SELECT array_agg(organization_id)::text[] AS organization_ids FROM meeting_organizations WHERE meeting_id = $1`,
          [meetingId],
        );
        await insertMinutes(dataSource, {
          meetingId,
          regionId: region,
          organizationIds: organization_ids as string[],
          submittedBy: cast.coordinator.id,
          submittedAt: new Date(Date.now() - Math.round(next() * 300) * DAY),
          status: pick(['in_review', 'locked'] as const),
          leadDays: Math.round(next() * 30),
        });
      } else if (kind === 'close' && questions.length > 0) {
        await send('PATCH', `/api/questions/${pick(questions)}`, {
          status: pick(['resolved', 'parked', 'in_progress']),
        });
      }
      await expectModelEqualsScratch(`step ${step}: ${kind}`);
    }
  });

  it('is dropped by a writer that is not read committed, and recomputed by the next read', async () => {
    await readOverview();
    await dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query(`UPDATE actions SET due_date = due_date - 1 WHERE region_id = $1`, [region]);
    });
    expect(await model()).toEqual([]);
    await readOverview();
    await expectModelEqualsScratch('after a repeatable-read writer');
  });

  it('is recomputed by the first read of a new local day', async () => {
    await readOverview();
    // Rows as a writer of yesterday left them; the bumped counter makes the API read them again (a real
    // new day does so by its date).
    await dataSource.query(
      `UPDATE overview_model SET today = today - 1, window_start = window_start - 1, figures = NULL
        WHERE region_id = $1`,
      [region],
    );
    await dataSource.query(`UPDATE overview_versions SET version = version + 1 WHERE region_id = $1`, [
      region,
    ]);
    const overview = await readOverview();
    expect(overview.totals.actionsOverdue).toBeGreaterThan(0);
    const rows = await model();
    expect(rows.every((row) => row.today === localDate(0) && row.figures !== null)).toBe(true);
    await expectModelEqualsScratch('a new day');
  });
});
