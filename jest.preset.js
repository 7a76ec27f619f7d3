// Shared Jest settings for every Node project: @swc/jest with the same decorator
// options as the build (.swcrc), and the tsconfig path aliases mapped to source.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias.replace('/', '\\/')}$`, path.join(__dirname, target)]),
);

const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true, tsx: true },
    target: 'es2022',
    transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

/** @param {string} dir the project's folder; @param {object} overrides */
function nodeProject(dir, overrides = {}) {
  const rel = path.relative(__dirname, dir);
  return {
    displayName: rel,
    rootDir: dir,
    testEnvironment: 'node',
    transform: { '^.+\\.[tj]sx?$': ['@swc/jest', swcOptions] },
    moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
    moduleNameMapper,
    testMatch: [
      '<rootDir>/src/**/*.spec.ts',
      '<rootDir>/src/**/*.integration-spec.ts',
      '<rootDir>/test/**/*.spec.ts',
      '<rootDir>/src/**/*.e2e-spec.ts',
      '<rootDir>/test/**/*.e2e-spec.ts',
    ],
    testTimeout: 30_000,
    // Finds or starts Postgres; sweeps what a crashed test file left (tools/test-runner).
    globalSetup: path.join(__dirname, 'tools/test-runner/jest-global-setup.mjs'),
    globalTeardown: path.join(__dirname, 'tools/test-runner/jest-global-teardown.mjs'),
    ...overrides,
  };
}

module.exports = { nodeProject, swcOptions, moduleNameMapper };
