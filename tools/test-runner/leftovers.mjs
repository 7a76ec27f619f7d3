// The last check of `npm test`: is any process of this run still alive? Every process a test
// starts inherits ANKOMST_TEST_RUN_TAG from the runner, so /proc tells, whatever started it
// and however it was orphaned. Those found are killed and named.
import fs from 'node:fs';

/**
 * @param {string} tag the run's ANKOMST_TEST_RUN_TAG
 * @returns {{ pid: number, command: string }[]} the processes found (and killed)
 */
export function leftoverProcesses(tag) {
  if (!fs.existsSync('/proc/self/environ')) return [];
  const marker = `ANKOMST_TEST_RUN_TAG=${tag}`;
  /** @type {{ pid: number, command: string }[]} */
  const found = [];
  for (const entry of fs.readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    let environ;
    try {
      environ = fs.readFileSync(`/proc/${pid}/environ`, 'utf8');
    } catch {
      continue;
    }
    if (!environ.split('\0').some((variable) => variable.startsWith(marker))) continue;
    let command = '?';
    try {
      command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).slice(0, 3).join(' ');
    } catch {
      // gone meanwhile
    }
    try {
      process.kill(pid, 'SIGKILL');
      found.push({ pid, command });
    } catch {
      // gone meanwhile
    }
  }
  return found;
}
