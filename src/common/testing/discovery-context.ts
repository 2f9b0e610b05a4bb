import { type INestApplicationContext, Module, type Provider } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';

/**
 * For unit tests of what is found among the providers at boot (job handlers, meeting-change listeners):
 * an application context of these providers with DiscoveryModule, started as the application starts (init
 * runs onModuleInit), and closed again when it refuses to start.
 */
export async function startWithProviders(providers: Provider[]): Promise<INestApplicationContext> {
  @Module({ imports: [DiscoveryModule], providers })
  class ContextUnderTest {}
  const app = await NestFactory.createApplicationContext(ContextUnderTest, {
    logger: false,
    abortOnError: false,
  });
  try {
    await app.init();
  } catch (error) {
    await app.close();
    throw error;
  }
  return app;
}

/** The error of the given class with which a context of these providers refuses to start. */
export async function refusalToStart<E extends Error>(
  providers: Provider[],
  errorClass: abstract new (...args: never[]) => E,
): Promise<E> {
  try {
    const app = await startWithProviders(providers);
    await app.close();
  } catch (error) {
    if (error instanceof errorClass) return error;
    throw error;
  }
  throw new Error('expected the application to refuse to start');
}
