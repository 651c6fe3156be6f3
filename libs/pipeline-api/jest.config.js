module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'pipeline-api',
  rootDir: __dirname,
};
