// Shared Jest settings. ts-jest only transpiles (isolatedModules): type checking is the
// job of `nx run-many -t build`, which keeps two-core test runs fast.
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.spec.json') }],
  },
  // jose ships ESM only; let ts-jest turn it into CommonJS for Jest.
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  moduleNameMapper: {
    '^@pn/([a-z-]+)$': path.join(__dirname, 'libs/$1/src/index.ts'),
  },
  testMatch: ['**/*.spec.ts'],
  reporters: ['default', path.join(__dirname, 'tools/jest/summary-reporter.js')],
};
