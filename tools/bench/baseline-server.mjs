#!/usr/bin/env node
// The baseline for the read benchmarks: a bare Fastify server that runs the case-overview
// service's read SQL (tools/bench/read-model-queries.mjs) directly with pg against the same
// read-model database. No auth, no NATS hop, no Nest, no validation: the upper bound for
// what the gateway → case-overview path could reach on this machine.
//
//   BASELINE_DATABASE_URL=postgres://…/ankomst_case_overview PORT=0 node tools/bench/baseline-server.mjs
// Prints `listening <port>` on stdout when ready.
import Fastify from 'fastify';
import pg from 'pg';
import { caseQueries } from './read-model-queries.mjs';

const pool = new pg.Pool({
  connectionString: process.env.BASELINE_DATABASE_URL,
  // The service's pool size (libs/platform/database default), so both wait for the same connections.
  max: Number(process.env.BASELINE_POOL_SIZE ?? 10),
});

const app = Fastify({ logger: false });

app.get('/cases/:householdId', async (request, reply) => {
  const body = await caseQueries.getCase(pool, request.params.householdId, request.query);
  if (!body) return reply.status(404).send({ code: 'not_found' });
  return body;
});

app.get('/cases', async (request) => caseQueries.searchCases(pool, request.query));

const address = await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
process.stdout.write(`listening ${new URL(address).port}\n`);

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    void app.close().then(() => pool.end()).finally(() => process.exit(0));
  });
}
