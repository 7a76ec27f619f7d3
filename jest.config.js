// Every project's tests in one Jest run (used by `npm test`); each project also has its
// own jest.config.js for `nx test <project>`.
const fs = require('node:fs');
const path = require('node:path');

function projectDirs(dir, depth) {
  const abs = path.join(__dirname, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory() || entry.name === 'node_modules') return [];
    const child = path.join(dir, entry.name);
    if (fs.existsSync(path.join(__dirname, child, 'jest.config.js'))) return [child];
    return depth > 1 ? projectDirs(child, depth - 1) : [];
  });
}

module.exports = {
  // In a multi-project run Jest takes the timeout from here, not from each project.
  testTimeout: 30_000,
  projects: [...projectDirs('apps', 1), ...projectDirs('libs', 2), ...projectDirs('tools', 1)].map((dir) => `<rootDir>/${dir}`),
};
