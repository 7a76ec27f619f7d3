import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { trackChild } from './test-run';

const workspaceRoot = path.resolve(__dirname, '../../..');

export interface SpawnedApp {
  name: string;
  process: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/** Starts an app from source as its own process, as `npm start` does from the build. */
export function spawnApp(app: string, env: Record<string, string>): SpawnedApp {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', `apps/${app}/src/main.ts`], {
    cwd: workspaceRoot,
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tracked = trackChild(child.pid);
  child.once('exit', () => tracked.forget());
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return {
    name: app,
    process: child,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls a URL until `accept(status, body)` holds or the deadline passes (then throws with the last answer). */
export async function waitForHttp(
  url: string,
  accept: (status: number, body: string) => boolean,
  timeoutMs = 60_000,
): Promise<{ status: number; body: string }> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      const body = await response.text();
      if (accept(response.status, body)) return { status: response.status, body };
      last = `${response.status} ${body.slice(0, 500)}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} not ready within ${timeoutMs} ms: ${last}`);
}
