// `@navikt/aksel-icons` for Jest: each icon loaded when it is first used, not all of them up front.
// The package's CommonJS entry requires its 959 icon modules at once; Designsystemet uses five,
// yet every test file that renders one of its components paid for loading all of them (Vite's
// ES-module build takes only those it needs). The icons themselves are the real ones.
const path = require('node:path');

const dir = path.join(path.dirname(require.resolve('@navikt/aksel-icons/package.json')), 'dist/react/cjs');
const loaded = new Map();

module.exports = new Proxy(
  { __esModule: true },
  {
    get(target, name) {
      if (typeof name !== 'string' || !name.endsWith('Icon')) return target[name];
      if (!loaded.has(name)) loaded.set(name, require(path.join(dir, name.slice(0, -'Icon'.length))).default);
      return loaded.get(name);
    },
  },
);
