module.exports = require('../../jest.preset.js').nodeProject(__dirname, { testMatch: ['<rootDir>/department/*.spec.ts'] });
