import { NestFactory } from '@nestjs/core';
import { Redis } from 'ioredis';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app/app.module';
import { PinoNestLogger } from '../src/common/logging/logger';
import { loadConfig } from '../src/config/app-config';
import { type AppContext, startAppContext } from './helpers/app-context';
import { testEnv } from './helpers/test-app';
import { type TestDatabase, createTestDatabase } from './helpers/test-database';
import { TEST_REDIS_URL, shortId } from './helpers/test-env';

/**
 * Two deployments sharing one Redis and one QUEUE_PREFIX took each other's jobs silently (issue 12,
 * point 11). The prefix now records which database it belongs to; a worker of another database refuses to
 * start, naming QUEUE_PREFIX, while more processes of the same database start side by side.
 */
describe('queue prefix owned by one database (#12)', () => {
  const prefix = `samverkan-test-owner-${shortId()}`;
  let first: TestDatabase;
  let second: TestDatabase;
  const started: AppContext[] = [];
  const redis = new Redis(TEST_REDIS_URL);

  beforeAll(async () => {
    first = await createTestDatabase();
    second = await createTestDatabase();
  });
  afterAll(async () => {
    for (const context of started) await context.close();
    await redis.del(`${prefix}:owner`);
    redis.disconnect();
    await first?.drop();
    await second?.drop();
  });

  it('lets every worker of one database share the prefix and refuses a worker of another', async () => {
    started.push(await startAppContext(first, { APP_ROLE: 'worker', QUEUE_PREFIX: prefix }));
    started.push(await startAppContext(first, { APP_ROLE: 'all', QUEUE_PREFIX: prefix }));
    const [{ id }] = await started[0].app.get(DataSource).query(`SELECT id FROM deployment_identity`);
    expect(await redis.get(`${prefix}:owner`)).toBe(id);

    const config = loadConfig(testEnv(second, { APP_ROLE: 'worker', QUEUE_PREFIX: prefix }));
    // Creating the context initialises it: the worker stops before any BullMQ worker takes a job.
    await expect(
      NestFactory.createApplicationContext(AppModule.forRole(config), {
        logger: new PinoNestLogger(pino({ level: 'silent' })),
        abortOnError: false,
      }),
    ).rejects.toThrow(new RegExp(`QUEUE_PREFIX "${prefix}" belongs to another deployment's database`));
    // The owner is unchanged, and the other database works with a prefix of its own.
    expect(await redis.get(`${prefix}:owner`)).toBe(id);
    const ownPrefix = `${prefix}-b`;
    started.push(await startAppContext(second, { APP_ROLE: 'worker', QUEUE_PREFIX: ownPrefix }));
    await redis.del(`${ownPrefix}:owner`);
  });
});
