/**
 * The service of the overview and minutes benchmarks, in its own process (forked by overview.bench.ts and
 * minutes.bench.ts) so the load loop and the server do not share one event loop. Configuration comes from the
 * environment like `npm start` (APP_ROLE=api: no workers; APP_ROLE=all: the workers in the same process), and it logs as `npm start` does: the product's logger at LOG_LEVEL, one
 * line per request on stdout (which the parent discards). Tells the parent its port over IPC.
 */
import type { AddressInfo } from 'node:net';
import { createHttpApp } from '../src/app/http-app.js';
import { createRootLogger } from '../src/common/logging/logger.js';
import { loadConfig } from '../src/config/app-config.js';

async function main(): Promise<void> {
  // The only reader of process.env is loadConfig (STYLE.md); the bench passes its settings through it.
  const config = loadConfig(process.env);
  const app = await createHttpApp(config, createRootLogger(config.logLevel));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpAdapter().getInstance().server.address() as AddressInfo;
  process.send?.({ port: address.port });
  process.on('message', (message: unknown) => {
    if (message === 'stop') void app.close().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
