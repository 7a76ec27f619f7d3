import { formatFinding, runFuzz, startFuzzSystem } from '@ankomst/testing';
import { parseArgs } from 'node:util';

/** Runs the long fuzz; resolves with the exit code (0 clean, 1 findings). */
export async function runFuzzCli(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { requests: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' } },
  });
  const requests = Number(values.requests);
  const seed = Number(values.seed);
  if (!Number.isInteger(requests) || requests < 1 || !Number.isInteger(seed))
    throw new Error('--requests and --seed must be whole numbers');

  const started = Date.now();
  process.stdout.write('Starting gateway, housing and case-overview services on fresh databases …\n');
  const system = await startFuzzSystem();
  try {
    process.stdout.write(`Fuzzing ${requests} requests (seed ${seed}) …\n`);
    const report = await runFuzz(system, {
      requests,
      seed,
      expected: (operation, status) => operation.path === '/api/health' && status === 503,
      onProgress: (done, progress) => {
        if (done % 1000 === 0)
          process.stdout.write(`  ${done} requests, ${progress.serverErrors} server errors, ${progress.findings.length} findings\n`);
      },
    });
    const statuses = Object.entries(report.byStatus)
      .map(([status, n]) => `${status}: ${n}`)
      .join(', ');
    process.stdout.write(
      [
        `Requests: ${report.requests} over ${report.operations} operation × role pairs (${((Date.now() - started) / 1000).toFixed(0)} s)`,
        `Statuses: ${statuses}`,
        `Server errors (5xx): ${report.serverErrors}`,
        `Dropped connections: ${report.findings.filter((f) => f.kind === 'dropped-connection').length}`,
        `Half-written records: ${report.findings.filter((f) => f.kind === 'half-written').length}`,
        ...(report.lostRoles.length ? [`Roles that could no longer log in (skipped): ${report.lostRoles.join(', ')}`] : []),
        ...report.findings.slice(0, 50).map((finding) => `  ${formatFinding(finding)}`),
        '',
      ].join('\n'),
    );
    return report.findings.length ? 1 : 0;
  } finally {
    await system.close();
  }
}
