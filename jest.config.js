// @swc/jest turns our TypeScript and the ESM-only @nestjs packages into CommonJS (STACK.md, pitfalls 2 and 3).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
      target: 'es2023',
    },
    module: { type: 'commonjs' },
  },
];
// ESM-only dependencies that jest (under Node 20) must see as CommonJS.
const ESM_PACKAGES = [
  '@nestjs',
  'content-disposition',
  'cookie',
  'jose',
  // file-type and what it loads (meeting papers' types are read from their bytes)
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  '@borewit',
  'uint8array-extras',
  'oauth4webapi',
  'openid-client',
];
const esm = ESM_PACKAGES.map((name) => name.replace(/[/.]/g, '\\$&')).join('|');

const common = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': swc,
    [`node_modules/(${esm})/.+\\.js$`]: swc,
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esm})/)`],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
    },
  ],
  testTimeout: 60000,
  // One test file at a time (the e2e files share this machine's PostgreSQL, Redis and two cores), in a worker
  // process that is replaced once it holds more than 1 GB after a file. Each file loads the whole app into
  // a fresh module registry, and one process kept about 40 MB of each: run in band, the heap reached 2.7 GB
  // of its 4 GB after 57 files, garbage collection took most of the time, and the three app starts of
  // queue-prefix.e2e-spec took 77 s instead of 5 (README, "Test it").
  maxWorkers: 1,
  workerIdleMemoryLimit: '1GB',
  // A test that fails while an app is half started must not leave CI waiting on open Redis handles.
  forceExit: true,
};
