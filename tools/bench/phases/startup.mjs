// Start-up: the launcher as a developer runs it (`npm start`, build already done), timed from
// spawn to the first 200 from /api/health. Twice: on empty databases (the services create
// them and run their migrations) and again with the databases in place.
import { startLauncher } from '../processes.mjs';

async function ankomstDatabases(ctx) {
  const { rows } = await ctx.db('postgres').query("SELECT count(*)::int AS n FROM pg_database WHERE datname LIKE 'ankomst_%'");
  return rows[0].n;
}

export async function startupPhase(ctx) {
  await ctx.stopStack();
  const existedBefore = (await ankomstDatabases(ctx)) > 0;
  const runs = [];
  for (const name of ['launcher-first', 'launcher-second']) {
    const launcher = await startLauncher({ env: ctx.env, port: ctx.port, name });
    runs.push(launcher.seconds);
    ctx.log(`${name}: green after ${launcher.seconds.toFixed(2)} s`);
    await launcher.stop();
  }
  const round = (s) => Math.round(s * 100) / 100;
  return {
    seconds: round(runs[0]),
    warmSeconds: round(runs[1]),
    firstRunOnEmptyDatabases: !existedBefore,
    databases: await ankomstDatabases(ctx),
  };
}
