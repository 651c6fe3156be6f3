module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'contracts-api',
  rootDir: __dirname,
};
