// Which Nx runs `npm test` makes, and which of them run side by side.
//
// The browser tests start nothing the Jest tasks share (their own nats-server,
// `test_<tag>_e2e_*` databases, a private copy of the portal build), so they run alongside the
// checks and Jest tasks instead of after them. On two cores that is no faster: each stage alone
// keeps both cores busy (measured 2026-12-01: the checks and Jest 402 s at 92 %, the browser
// tests about 310 s at 98 %, mostly Chromium; side by side 745 s; the README has later figures). The builds
// the browser tests need come with `portal:e2e` (its dependsOn), in the e2e's own Nx process:
// the other run builds nothing, so no two processes write dist/.

const minutes = (/** @type {number} */ n) => n * 60_000;

/**
 * @typedef {{ name: string, args: string[], timeoutMs: number }} Stage
 * @typedef {Stage[]} Step  the stages of one step run side by side; steps run one after another
 */

/**
 * @param {{ checks: boolean, test: boolean, e2e: boolean, projects?: string[] }} wanted
 *   `projects` narrows the checks and Jest tasks (`npm test -- --projects=gateway`); the browser
 *   tests always need the whole stack.
 * @returns {Step[]}
 */
export function planStages({ checks, test, e2e, projects }) {
  // `check` is the workspace's typecheck and lint in one process (tools/test-runner/check-workspace.mjs).
  const targets = [...(checks ? ['check'] : []), ...(test ? ['test'] : [])];
  const only = projects?.length ? ['--projects', projects.join(',')] : [];
  /** @type {Stage} */
  const browser = { name: 'portal e2e', args: ['run', 'portal:e2e'], timeoutMs: minutes(20) };
  // Three tasks at a time: the checks are one process and leave a core to the Jest tasks (two
  // workers each), so no task waits for the slowest of another stage.
  /** @type {Stage} */
  const jest = { name: targets.join(', '), args: ['run-many', '-t', ...targets, '--parallel=3', ...only], timeoutMs: minutes(45) };
  if (!targets.length) return e2e ? [[browser]] : [];
  return e2e ? [[jest, browser]] : [[jest]];
}
