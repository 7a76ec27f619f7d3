// CPU time of single processes (user + system, from /proc/<pid>/stat), so a run can report
// what each process spent per request. Unlike req/s, that figure barely moves when other
// work on the machine takes cores from the bench: it is the cost, not the share it got.
import fs from 'node:fs';

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ, 100 on Linux

/**
 * @param {number} pid
 * @returns {number | undefined} CPU milliseconds used so far, undefined when unreadable
 */
export function cpuMsOf(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid … utime stime …": comm may hold spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/**
 * Starts counting the named processes' CPU; `perRequest(n)` gives ms per request over n requests.
 * @param {Record<string, number | undefined>} pids name -> pid
 */
export function cpuMeter(pids) {
  const start = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, pid === undefined ? undefined : cpuMsOf(pid)]));
  return {
    /**
     * @param {number} requests
     * @returns {Record<string, number>} name -> CPU ms per request (processes that could not be read are left out)
     */
    perRequest(requests) {
      /** @type {Record<string, number>} */
      const out = {};
      for (const [name, pid] of Object.entries(pids)) {
        const from = start[name];
        const to = pid === undefined ? undefined : cpuMsOf(pid);
        if (from === undefined || to === undefined || requests === 0) continue;
        out[name] = Math.round(((to - from) / requests) * 1000) / 1000;
      }
      return out;
    },
  };
}
