// CPU time of single processes (user + system, from /proc/<pid>/stat), so a run can report
// what each process spent per request. Unlike req/s, that figure barely moves when other
// work on the machine takes cores from the bench: it is the cost, not the share it got.
import fs from 'node:fs';

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ, 100 on Linux

/**
 * One line of /proc/<pid>/stat: "pid (comm) state ppid … flags … utime stime …" (comm may hold
 * spaces and parentheses).
 * @param {string} stat
 * @returns {{ comm: string, ppid: number, flags: number, ticks: number }} ticks: user + system CPU, in clock ticks
 */
export function parseStat(stat) {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return {
    comm: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
    ppid: Number(fields[1]),
    flags: Number(fields[6]),
    ticks: Number(fields[11]) + Number(fields[12]),
  };
}

/** @param {number} ticks */
const ticksToMs = (ticks) => (ticks * 1000) / CLOCK_TICKS_PER_SECOND;

/**
 * @param {number} pid
 * @returns {number | undefined} CPU milliseconds used so far, undefined when unreadable
 */
export function cpuMsOf(pid) {
  try {
    return ticksToMs(parseStat(fs.readFileSync(`/proc/${pid}/stat`, 'utf8')).ticks);
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

/**
 * `postgres ankomst_housing` for a backend of that database, `postgres (server)` for the
 * postmaster and its background workers (WAL writer, checkpointer, autovacuum).
 * @param {string} cmdline
 */
export function postgresGroup(cmdline) {
  const backend = /^postgres: \S+ (\S+) (\[local\]|\S*\(\d+\))/.exec(cmdline.replace(/\0/g, ' '));
  return backend ? `postgres ${backend[1]}` : 'postgres (server)';
}

/**
 * @returns {Map<number, { comm: string, ms: number }>} every readable process: pid -> name and CPU ms so far
 */
function everyProcess() {
  /** @type {Map<number, { comm: string, ms: number }>} */
  const processes = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const { comm, flags, ticks } = parseStat(fs.readFileSync(`/proc/${entry}/stat`, 'utf8'));
      // A backend names its database in its title ("postgres: postgres ankomst_housing 127.0.0.1(5342) idle");
      // PF_KTHREAD in the flags marks the kernel's own workers (block I/O, WAL flushes, memory scans).
      const group =
        comm === 'postgres'
          ? postgresGroup(fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8'))
          : flags & 0x00200000
            ? 'kernel threads'
            : comm;
      processes.set(Number(entry), { comm: group, ms: ticksToMs(ticks) });
    } catch {
      // gone meanwhile
    }
  }
  return processes;
}

/** Groups named by their process name (everyProcess names kernel threads and Postgres by database). */
const grouped = new Set(['nats-server', 'kernel threads']);

/**
 * Counts the CPU of every process on the machine between start and `perRequest`, grouped: each
 * named app by its pid, Postgres by database (and its server processes), nats-server, the bench
 * itself (the load generator and watchers), kernel threads and other processes. A process started
 * meanwhile counts from zero; one that ended meanwhile is missed (the services keep their
 * database sessions, so few do).
 * @param {Record<string, number | number[] | undefined> | (() => Record<string, number | number[] | undefined>)} pids
 *   group name -> its pid or pids, or a function giving them when the figures are read
 */
export function machineCpuMeter(pids) {
  const start = everyProcess();
  return {
    /**
     * @param {number} requests
     * @returns {Record<string, number>} group -> CPU ms per request, and `total`
     */
    perRequest(requests) {
      // Read now: a pool may have opened a connection since the start.
      const named = typeof pids === 'function' ? pids() : pids;
      const byPid = new Map(
        Object.entries(named).flatMap(([name, pid]) =>
          pid === undefined ? [] : (Array.isArray(pid) ? pid : [pid]).map((one) => [one, name]),
        ),
      );
      /** @param {number} pid @param {string} comm */
      const groupOf = (pid, comm) =>
        byPid.get(pid) ?? (grouped.has(comm) || comm.startsWith('postgres') ? comm : pid === process.pid ? 'bench' : 'other processes');
      /** @type {Record<string, number>} */
      const sums = {};
      for (const [pid, { comm, ms }] of everyProcess()) {
        const before = start.get(pid);
        // A pid reused by another process since the start counts from zero.
        const used = ms - (before?.comm === comm ? before.ms : 0);
        if (used <= 0) continue;
        const group = groupOf(pid, comm);
        sums[group] = (sums[group] ?? 0) + used;
      }
      const total = Object.values(sums).reduce((a, b) => a + b, 0);
      const round = (/** @type {number} */ ms) => Math.round((ms / Math.max(requests, 1)) * 1000) / 1000;
      /** @type {[string, number][]} */
      const groups = [...Object.entries(sums).sort((a, b) => b[1] - a[1]), ['total', total]];
      return Object.fromEntries(groups.map(([name, ms]) => [name, round(ms)]));
    },
  };
}
