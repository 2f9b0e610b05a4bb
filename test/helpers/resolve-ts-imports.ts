import Module from 'node:module';

/**
 * Jest's moduleNameMapper does not apply to globalSetup, which Node loads itself: map our `./x.js`
 * imports to the `./x.ts` source there, as the mapper does inside the tests.
 */
type Resolver = (request: string, ...rest: unknown[]) => string;
const moduleWithResolver = Module as unknown as { _resolveFilename: Resolver };
const original = moduleWithResolver._resolveFilename;
moduleWithResolver._resolveFilename = function resolve(
  this: unknown,
  request: string,
  ...rest: unknown[]
): string {
  try {
    return original.call(this, request, ...rest);
  } catch (error) {
    if (request.startsWith('.') && request.endsWith('.js'))
      return original.call(this, request.slice(0, -3), ...rest);
    throw error;
  }
};
