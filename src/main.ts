import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app/app.module.js';
import { createHttpApp } from './app/http-app.js';
import { type AppConfig, ConfigValidationError, loadConfigFromProcess } from './config/app-config.js';
import { PinoNestLogger, createRootLogger } from './common/logging/logger.js';
import { prepareDatabase } from './database/prepare-database.js';

function readConfig(): AppConfig {
  try {
    return loadConfigFromProcess();
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      process.stderr.write(`Samverkan cannot start.\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createRootLogger(config.logLevel);
  if (config.auth.jwtSecretGenerated) {
    logger.warn('JWT_SECRET is not set: a random secret is used and tokens end with this process');
  }

  const prepared = await prepareDatabase(config);
  logger.info(
    {
      databaseCreated: prepared.databaseCreated,
      migrationsApplied: prepared.migrationsApplied,
      organizationsSeeded: prepared.organizationsSeeded,
    },
    'database ready',
  );
  const admin = prepared.firstAdmin;
  if (admin?.created && admin.generatedPassword) {
    // Printed once, straight to the terminal and never through the logger.
    process.stdout.write(
      `\nFirst admin created: ${admin.email}\nGenerated password (shown once): ${admin.generatedPassword}\n\n`,
    );
  } else if (admin && !admin.created && admin.reason === 'no-password-in-production') {
    logger.warn('No admin exists and ADMIN_PASSWORD is not set: set it to create the first admin');
  }

  if (config.role === 'worker') {
    const app = await NestFactory.createApplicationContext(AppModule.forRole(config), {
      logger: new PinoNestLogger(logger),
      abortOnError: false,
    });
    // Exit 0 once shutdown completes (active jobs finished) rather than re-raising the signal.
    app.enableShutdownHooks([], { useProcessExit: true });
    await app.init();
    logger.info({ role: config.role }, 'worker started');
    return;
  }
  const app = await createHttpApp(config, logger);
  app.enableShutdownHooks([], { useProcessExit: true });
  await app.listen({ port: config.http.port, host: config.http.host });
  logger.info({ role: config.role, url: config.http.publicUrl }, 'listening');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Samverkan failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
