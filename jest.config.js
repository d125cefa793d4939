/** Jest runs every suite in tests/: unit (domain), functions (host over HTTP), wx (adapters on an SDK double), e2e (Chromium). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }],
  },
  moduleNameMapper: {
    '^@core$': '<rootDir>/cloudfunctions/core/index.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
  testTimeout: 30000,
};
