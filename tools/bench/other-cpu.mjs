// How much CPU processes outside the bench's own process tree used while it ran, sampled from
// /proc: the bench's services, Postgres, nats-server and load generator are its descendants,
// anything else (another engineer's build, a test run) competes with them for the cores.
// A load average cannot tell the two apart. Processes born and gone between two samples are
// missed, so the figure is a lower bound.
import fs from 'node:fs';
import os from 'node:os';
import { parseStat } from './process-cpu.mjs';

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ, 100 on Linux

/** @typedef {Map<number, { ppid: number, ticks: number }>} Snapshot pid -> { ppid, ticks } */
/** @typedef {Map<number, { ours: boolean, first: number, last: number }>} Seen pid -> { ours, first, last } */

/** @returns {Snapshot} */
function readProcesses() {
  /** @type {Snapshot} */
  const processes = new Map(); // pid -> { ppid, ticks }
  let entries;
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return processes; // not Linux: nothing to say
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    const { ppid, ticks } = parseStat(stat);
    processes.set(Number(entry), { ppid, ticks });
  }
  return processes;
}

/**
 * Folds one /proc snapshot (pid -> { ppid, ticks }) into `seen`: a process is classed as the
 * bench's own (a descendant of `rootPid`) or not when first seen, and counts from then on.
 * @param {Seen} seen
 * @param {Snapshot} processes
 * @param {number} rootPid
 */
export function addSnapshot(seen, processes, rootPid) {
  /** @param {number} pid */
  const isOurs = (pid) => {
    for (let at = pid, hops = 0; at > 1 && hops < 64; at = processes.get(at)?.ppid ?? 0, hops++) {
      if (at === rootPid) return true;
    }
    return false;
  };
  for (const [pid, { ticks }] of processes) {
    const known = seen.get(pid);
    if (known) known.last = ticks;
    // Its CPU before it was first seen is not ours to judge.
    else seen.set(pid, { ours: isOurs(pid), first: ticks, last: ticks });
  }
  return seen;
}

/**
 * CPU ticks used since first seen by the processes that are not the bench's own.
 * @param {Seen} seen
 */
export function otherTicks(seen) {
  let ticks = 0;
  for (const { ours, first, last } of seen.values()) if (!ours) ticks += last - first;
  return ticks;
}

/** Starts sampling; stop() returns the other processes' CPU seconds and share of the machine. */
export function watchOtherCpu({ rootPid = process.pid, intervalMs = 1000 } = {}) {
  const started = Date.now();
  /** @type {Seen} */
  const seen = new Map(); // pid -> { ours, first, last }
  const sample = () => addSnapshot(seen, readProcesses(), rootPid);
  sample();
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      sample();
      const seconds = otherTicks(seen) / CLOCK_TICKS_PER_SECOND;
      const available = ((Date.now() - started) / 1000) * os.cpus().length;
      return {
        cpuSeconds: Math.round(seconds * 10) / 10,
        shareOfMachine: available > 0 ? Math.round((seconds / available) * 1000) / 1000 : 0,
      };
    },
  };
}
