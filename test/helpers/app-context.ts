import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pino from 'pino';
import { AppModule } from '../../src/app/app.module';
import { type AppConfig, loadConfig } from '../../src/config/app-config';
import { PinoNestLogger } from '../../src/common/logging/logger';
import type { TestDatabase } from './test-database';
import { testEnv } from './test-app';

export interface AppContext {
  app: INestApplicationContext;
  config: AppConfig;
  close(): Promise<void>;
}

/**
 * A Nest application context without HTTP, as `main.ts` starts the worker role: APP_ROLE=worker gives a
 * second worker and relay beside a test app; APP_ROLE=api gives a producer with no worker. Pass the other
 * process's QUEUE_PREFIX to share its queues. The database must already be migrated.
 */
export async function startAppContext(
  db: TestDatabase,
  overrides: Record<string, string | undefined> & { APP_ROLE: 'api' | 'worker' | 'all' },
): Promise<AppContext> {
  const config = loadConfig(testEnv(db, overrides));
  const app = await NestFactory.createApplicationContext(AppModule.forRole(config), {
    logger: new PinoNestLogger(pino({ level: config.logLevel })),
    abortOnError: false,
  });
  await app.init();
  return { app, config, close: () => app.close() };
}
