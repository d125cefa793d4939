/**
 * Jest runs every suite in tests/ (unit (domain), functions (host over HTTP), wx (adapters on an SDK double), app, e2e
 * (Chromium)) and the app's role-specific helpers' tests kept beside them in src/<role>/lib.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests', '<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
        },
      },
    ],
  },
  // content-disposition 3 (used by @fastify/static) ships only ES modules; jest's CommonJS runtime needs it compiled.
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  moduleNameMapper: {
    '^@core$': '<rootDir>/cloudfunctions/core/index.ts',
    '^@core/(vocabulary|photoMetadata)$': '<rootDir>/cloudfunctions/core/$1.ts',
    '^@core/(stats|trainings|activities|workplan)$': '<rootDir>/cloudfunctions/core/$1/index.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
  testTimeout: 30000,
};
