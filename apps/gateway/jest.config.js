// jose, openid-client (and @fastify/static's content-disposition, @fastify/cookie's cookie) ship ES modules only:
module.exports = require('../../jest.preset.js').nodeProject(__dirname, {
  transformIgnorePatterns: ['/node_modules/(?!(jose|openid-client|oauth4webapi|content-disposition|cookie|@fastify/cookie)/)'],
});
