import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { freePort } from './free-port';
import { trackChild } from './test-run';
import path from 'node:path';
import { connect, type NatsConnection } from 'nats';

export interface TestNats {
  url: string;
  port: number;
  storeDir: string;
  /** Kills the server (SIGKILL when `hard`), keeping its store for a restart. */
  kill(hard?: boolean): Promise<void>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

async function waitUntilReachable(url: string, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    try {
      const nc: NatsConnection = await connect({ servers: url, reconnect: false, timeout: 500 });
      await nc.close();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/**
 * A private nats-server with JetStream for one test file: real NATS, but no other test
 * (or a running `npm start`) shares its subjects, queue groups or streams.
 */
export async function startTestNats(): Promise<TestNats> {
  const binary = process.env.NATS_SERVER_BIN ?? 'nats-server';
  const port = await freePort();
  const storeDir = mkdtempSync(path.join(tmpdir(), 'ankomst-nats-'));
  const url = `nats://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let tracked = trackChild(undefined);

  const start = async () => {
    child = spawn(binary, ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', storeDir], {
      stdio: 'ignore',
    });
    tracked = trackChild(child.pid);
    child.once('error', (error) => {
      throw new Error(`Cannot start ${binary}: ${error.message} (apt-get install nats-server)`);
    });
    await waitUntilReachable(url, 10_000);
  };
  const kill = async (hard = false) => {
    const proc = child;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill(hard ? 'SIGKILL' : 'SIGTERM');
    await exited;
    tracked.forget();
  };

  await start();
  return {
    url,
    port,
    storeDir,
    kill,
    restart: start,
    stop: async () => {
      await kill();
      rmSync(storeDir, { recursive: true, force: true });
    },
  };
}
