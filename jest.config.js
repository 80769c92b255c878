/** Jest runs every test: core units, parity across hosts, fuzz, host fakes and the browser. */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['<rootDir>/tests/harness/localGlobals.js', { jsc: { target: 'es2022' } }] },
  // HyperFormula is transformed too, only to read its built-ins once (see localGlobals.js).
  transformIgnorePatterns: ['/node_modules/(?!hyperformula/)'],
  testMatch: ['<rootDir>/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/build/', '/scratch/'],
  // Jest 30 cannot require the ESM-only packages that office-addin-mock pulls in through this one.
  moduleNameMapper: { '^office-addin-manifest$': 'office-addin-manifest/lib/officeApp.js', '\\.css$': '<rootDir>/tests/harness/cssStub.js' },
  reporters: ['default', '<rootDir>/tests/summaryReporter.js'],
  testTimeout: 30000,
};
