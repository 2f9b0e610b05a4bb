import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';

/** The PostgreSQL server the tests use; each run and each test file get databases of their own on it. */
export const TEST_POSTGRES_URL =
  process.env.TEST_POSTGRES_URL ??
  `postgresql://${encodeURIComponent(userInfo().username)}@127.0.0.1:5432/postgres`;
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export function databaseUrl(name: string): string {
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export function shortId(): string {
  return randomBytes(4).toString('hex');
}
