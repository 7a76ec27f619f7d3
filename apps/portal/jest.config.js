// Portal component and hook tests: jsdom, *.spec.ts(x), CSS imported by components mapped away.
const { nodeProject, moduleNameMapper } = require('../../jest.preset.js');

module.exports = nodeProject(__dirname, {
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx', '<rootDir>/scripts/**/*.spec.ts'],
  moduleNameMapper: {
    ...moduleNameMapper,
    '\\.css$': 'identity-obj-proxy',
    '^@navikt/aksel-icons$': '<rootDir>/src/test/aksel-icons.cjs',
  },
  setupFilesAfterEnv: ['<rootDir>/src/test/setup-tests.ts'],
});
