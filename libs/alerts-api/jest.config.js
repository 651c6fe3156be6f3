module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'alerts-api',
  rootDir: __dirname,
};
