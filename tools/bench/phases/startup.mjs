// Start-up: the launcher as a developer runs it (`npm start`, build already done), timed from
// spawn to the first 200 from /api/health. Twice: on empty databases (the services create
// them and run their migrations) and again with the databases in place.
import path from 'node:path';
import { benchDir } from '../infra.mjs';
import { messageOf, startLauncher } from '../processes.mjs';

/** @typedef {import('../context.mjs').BenchContext} BenchContext */

/**
 * @param {BenchContext} ctx
 * @returns {Promise<number>}
 */
async function ankomstDatabases(ctx) {
  const { rows } = await ctx.db('postgres').query("SELECT count(*)::int AS n FROM pg_database WHERE datname LIKE 'ankomst_%'");
  return rows[0].n;
}

/** @param {BenchContext} ctx */
export async function startupPhase(ctx) {
  await ctx.stopStack();
  const existedBefore = (await ankomstDatabases(ctx)) > 0;
  /** @type {number[]} */
  const runs = [];
  let env = ctx.env;
  /** @type {string | undefined} */
  let firstAttemptError;
  for (const name of ['launcher-first', 'launcher-second']) {
    let launcher;
    try {
      launcher = await startLauncher({ env, port: ctx.port, name });
    } catch (error) {
      // The gateway serving the built portal is part of `npm start`; if that is what breaks,
      // say so and time the API-only start instead of measuring nothing.
      const message = messageOf(error);
      if (firstAttemptError || !/Not found handler|PORTAL|portal/i.test(message)) throw error;
      firstAttemptError = message.split('\n').find((line) => /Cannot start|Error/.test(line)) ?? message.split('\n')[0];
      ctx.log(`the launcher failed with the portal (${firstAttemptError}); timing it API-only (PORTAL_DIST unset)`);
      env = { ...ctx.env, PORTAL_DIST: path.join(benchDir, 'no-portal') };
      launcher = await startLauncher({ env, port: ctx.port, name: `${name}-api-only` });
    }
    runs.push(launcher.seconds);
    ctx.log(`${name}: green after ${launcher.seconds.toFixed(2)} s`);
    await launcher.stop();
  }
  /** @param {number} s */
  const round = (s) => Math.round(s * 100) / 100;
  return {
    seconds: round(runs[0]),
    warmSeconds: round(runs[1]),
    // A failed first attempt already created the databases.
    firstRunOnEmptyDatabases: !existedBefore && !firstAttemptError,
    ...(firstAttemptError ? { apiOnly: true, withPortalError: firstAttemptError } : {}),
    databases: await ankomstDatabases(ctx),
  };
}
