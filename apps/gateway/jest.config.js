// jose and openid-client ship ES modules only: let @swc/jest turn them into CommonJS.
module.exports = require('../../jest.preset.js').nodeProject(__dirname, {
  transformIgnorePatterns: ['/node_modules/(?!(jose|openid-client|oauth4webapi)/)'],
});
