import type { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { TransactionService } from '../src/common/database/transaction.service';
import { StrategyAreaEntity } from '../src/strategy-area/strategy-area.entity';
import { StrategyAreaRepository } from '../src/strategy-area/strategy-area.repository';
import { adminLogin, createPerson, organizationIdsByCode } from './helpers/people-fixtures';
import { type TestApp, startTestApp } from './helpers/test-app';

/** Pool checkouts while `work` runs: how many, and the most held at once. */
async function poolUse(pool: Pool, work: () => Promise<unknown>) {
  let inUse = 0;
  let maxInUse = 0;
  let acquired = 0;
  const onAcquire = () => {
    acquired += 1;
    inUse += 1;
    maxInUse = Math.max(maxInUse, inUse);
  };
  const onRelease = (_error: Error, _client: PoolClient) => {
    inUse -= 1;
  };
  pool.on('acquire', onAcquire);
  pool.on('release', onRelease);
  try {
    await work();
  } finally {
    pool.off('acquire', onAcquire);
    pool.off('release', onRelease);
  }
  return { acquired, maxInUse };
}

describe('transactions carried in AsyncLocalStorage (issue 14 point 3)', () => {
  let t: TestApp;
  let db: DataSource;
  let tx: TransactionService;
  let areas: StrategyAreaRepository;
  let regionId: string;

  beforeAll(async () => {
    // The API role: no outbox relay or job scheduler shares the pool with the request measured below.
    t = await startTestApp({ APP_ROLE: 'api' });
    db = t.app.get(DataSource);
    tx = t.app.get(TransactionService);
    areas = t.app.get(StrategyAreaRepository);
    const token = await adminLogin(t);
    regionId = (await organizationIdsByCode(t, token))['24'];
  });
  afterAll(async () => {
    await t?.close();
  });

  const newArea = (name: string) => ({ regionId, name, description: null, position: 0, seeded: false });
  const countAreas = (name: string) => db.manager.countBy(StrategyAreaEntity, { name });

  it('rolls back a write made through a repository that was handed no manager', async () => {
    await expect(
      tx.run(async () => {
        await areas.insert(newArea('Rullas tillbaka'));
        // Visible inside the transaction (same connection), through the same repository.
        expect(await areas.findByRegion(regionId, true)).toEqual(
          expect.arrayContaining([expect.objectContaining({ name: 'Rullas tillbaka' })]),
        );
        // Not visible to another connection before commit.
        expect(await countAreas('Rullas tillbaka')).toBe(0);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await countAreas('Rullas tillbaka')).toBe(0);

    await tx.run(() => areas.insert(newArea('Sparas')));
    expect(await countAreas('Sparas')).toBe(1);
  });

  it('joins an outer transaction when nested: same connection, and the inner write rolls back with the outer', async () => {
    const backend = (manager = tx.manager) =>
      manager.query<Array<{ pid: number; xid: string }>>(
        'SELECT pg_backend_pid() AS pid, txid_current()::text AS xid',
      );
    await expect(
      tx.run(async (outer) => {
        const [outerIds] = await backend(outer);
        await tx.run(async (inner) => {
          expect(inner).toBe(outer);
          expect(tx.manager).toBe(outer);
          expect(await backend()).toEqual([outerIds]);
          await areas.insert(newArea('Inre'));
        });
        expect(await countAreas('Inre')).toBe(0); // the inner call did not commit on its own
        throw new Error('roll back the outer');
      }),
    ).rejects.toThrow('roll back the outer');
    expect(await countAreas('Inre')).toBe(0);
  });

  it('leaves no transaction behind: after commit, after rollback, and for work left running', async () => {
    expect(tx.active).toBe(false);
    expect(tx.manager).toBe(db.manager);
    let leftRunning: Promise<boolean> | undefined;
    await tx.run(async (manager) => {
      await manager.query('SELECT 1');
      expect(tx.active).toBe(true);
      expect(tx.manager).toBe(manager);
      expect(tx.manager).not.toBe(db.manager);
      // Started inside, not awaited: when it runs on, the transaction has ended.
      leftRunning = new Promise((resolve) => setTimeout(() => resolve(tx.active), 50));
    });
    expect(tx.active).toBe(false);
    expect(tx.manager).toBe(db.manager);
    expect(await leftRunning).toBe(false);
    await tx.run(() => Promise.reject(new Error('fails'))).catch(() => undefined);
    expect(tx.active).toBe(false);
    expect(tx.manager).toBe(db.manager);
  });

  it('PATCH /api/meetings/{id} holds one pool connection at a time (its reads run in its transaction)', async () => {
    const token = await adminLogin(t);
    const orgs = await organizationIdsByCode(t, token);
    const coordinator = await createPerson(t, token, { organizationId: orgs['24'], roles: ['coordinator'] });
    const coordinatorToken = await t.login(coordinator.email, coordinator.password);
    const chair = await createPerson(t, token, { organizationId: orgs['2480'], roles: ['participant'] });
    const other = await createPerson(t, token, { organizationId: orgs['2482'], roles: ['participant'] });
    const created = await t.request({
      method: 'POST',
      url: '/api/meetings',
      token: coordinatorToken,
      body: {
        title: 'Samverkansmöte',
        start: '2027-05-10T10:00:00+02:00',
        end: '2027-05-10T11:30:00+02:00',
        mode: 'digital',
        videoUrl: 'https://meet.example.se/abc',
        organizationIds: [orgs['2480']],
        participants: [{ personId: chair.id, role: 'chair' }],
      },
    });
    expect(created.status).toBe(201);

    const pool = (db.driver as PostgresDriver).master as Pool;
    let status = 0;
    const use = await poolUse(pool, async () => {
      const response = await t.request({
        method: 'PATCH',
        url: `/api/meetings/${created.body.id}`,
        token: coordinatorToken,
        body: {
          start: '2027-05-11T10:00:00+02:00',
          end: '2027-05-11T11:00:00+02:00',
          organizationIds: [orgs['2480'], orgs['2482']],
          participants: [
            { personId: chair.id, role: 'chair' },
            { personId: other.id, role: 'required' },
          ],
        },
      });
      status = response.status;
    });
    expect(status).toBe(200);
    expect(use.maxInUse).toBe(1);
    // Measured for ADR 13 (figures: pool checkouts of the whole request, most held at once).
    console.info(`PATCH /api/meetings/{id}: ${use.acquired} checkouts, at most ${use.maxInUse} at once`);
  });
});
