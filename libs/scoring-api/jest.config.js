module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'scoring-api',
  rootDir: __dirname,
};
