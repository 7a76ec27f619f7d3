import { spawn } from 'node:child_process';
import path from 'node:path';

export interface MainResult {
  code: number | null;
  stderr: string;
}

const workspaceRoot = path.resolve(__dirname, '../../..');

/** Runs an app's `main.ts` as its own process (as `npm start` would) and collects the outcome. */
export function runMain(app: string, env: Record<string, string>, timeoutMs = 20_000): Promise<MainResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', `apps/${app}/src/main.ts`], {
      cwd: workspaceRoot,
      env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${app} did not exit within ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}
