#!/usr/bin/env node
// The baseline for the read benchmarks: a bare Fastify server that runs the case-overview
// service's read SQL (tools/bench/read-model-queries.mjs) directly with pg against the same
// read-model database. No auth, no NATS hop, no Nest, no validation: the upper bound for
// what the gateway → case-overview path could reach on this machine.
//
//   BASELINE_DATABASE_URL=postgres://…/ankomst_case_overview PORT=0 node tools/bench/baseline-server.mjs
// Prints `listening <port>` on stdout when ready.
//
// With BASELINE_AUDIT=serial|batched (and BASELINE_AUDIT_DATABASE_URL = the gateway's database)
// each answer first appends an audit entry like the gateway does (see audit-append.mjs): that
// isolates what the audit log costs from the rest of the gateway path.
import Fastify from 'fastify';
import pg from 'pg';
import { auditAppender } from './audit-append.mjs';
import { caseQueries } from './read-model-queries.mjs';

const pool = new pg.Pool({
  connectionString: process.env.BASELINE_DATABASE_URL,
  // The service's pool size (libs/platform/database default), so both wait for the same connections.
  max: Number(process.env.BASELINE_POOL_SIZE ?? 10),
});

const auditMode = process.env.BASELINE_AUDIT ?? 'off';
const auditPool = auditMode === 'off' ? undefined : new pg.Pool({ connectionString: process.env.BASELINE_AUDIT_DATABASE_URL, max: 10 });
const audit = auditPool ? auditAppender(auditPool, auditMode) : async () => undefined;
/**
 * @param {import('fastify').FastifyRequest} request
 * @param {string} action
 * @param {string[]} personIds
 * @returns {import('./audit-append.mjs').AuditRecord}
 */
const auditRecord = (request, action, personIds) => ({
  userId: '00000000-0000-4000-8000-00000000bench',
  username: 'bench-baseline',
  role: 'coordination-member',
  municipality: queryOf(request).municipality ?? '0000',
  action,
  purpose: 'benchmark baseline',
  personIds,
  result: 'success',
  correlationId: String(request.id),
  breakGlass: false,
});

/**
 * @param {import('fastify').FastifyRequest} request
 * @returns {import('./read-model-queries.mjs').CaseQuery}
 */
const queryOf = (request) => /** @type {import('./read-model-queries.mjs').CaseQuery} */ (request.query);

const app = Fastify({ logger: false });

app.get('/cases/:householdId', async (request, reply) => {
  const { householdId } = /** @type {{ householdId: string }} */ (request.params);
  const body = await caseQueries.getCase(pool, householdId, queryOf(request));
  if (!body) return reply.status(404).send({ code: 'not_found' });
  await audit(
    auditRecord(
      request,
      'case.read',
      body.persons.map((p) => p.personId),
    ),
  );
  return body;
});

app.get('/cases', async (request) => {
  const page = await caseQueries.searchCases(pool, queryOf(request));
  await audit(
    auditRecord(
      request,
      'case.search',
      page.items.flatMap((item) => item.members.map((m) => m.personId)),
    ),
  );
  return page;
});

const address = await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
process.stdout.write(`listening ${new URL(address).port}\n`);

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    void app
      .close()
      .then(() => Promise.all([pool.end(), auditPool?.end()]))
      .finally(() => process.exit(0));
  });
}
