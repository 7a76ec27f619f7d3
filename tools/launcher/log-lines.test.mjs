import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readableLogLine } from './log-lines.mjs';

const plain = { label: 'housing', paint: (/** @type {string} */ _code, /** @type {string} */ text) => text };
const at = new Date(2026, 11, 1, 9, 30, 5).getTime();

test('an info line shows time, service, context and message, without the pino plumbing', () => {
  const sut = readableLogLine(
    JSON.stringify({
      level: 30,
      time: at,
      pid: 42,
      hostname: 'h',
      service: 'housing-service',
      context: 'Relay',
      msg: 'published 3 events',
    }),
    plain,
  );
  assert.equal(sut, '09:30:05 housing [Relay] published 3 events');
});

test('a request line reads as method, url, status and duration', () => {
  const sut = readableLogLine(
    JSON.stringify({
      level: 30,
      time: at,
      msg: 'request completed',
      req: { method: 'GET', url: '/api/housing/households' },
      res: { statusCode: 200 },
      responseTime: 4,
      correlationId: 'c1',
    }),
    plain,
  );
  assert.equal(sut, '09:30:05 housing GET /api/housing/households → 200 (4 ms)');
});

test('warnings and errors name their level and the error message; other fields follow', () => {
  const sut = readableLogLine(
    JSON.stringify({
      level: 50,
      time: at,
      msg: 'Request failed',
      err: { message: 'connect ECONNREFUSED' },
      subject: 'ankomst.housing.rpc.x.v1',
    }),
    plain,
  );
  assert.equal(sut, '09:30:05 housing ERROR Request failed connect ECONNREFUSED subject=ankomst.housing.rpc.x.v1');
});

test('a line that is not JSON is kept as it is', () => {
  assert.equal(readableLogLine('    at Object.<anonymous> (main.js:1:1)', plain), 'housing     at Object.<anonymous> (main.js:1:1)');
  assert.equal(readableLogLine('{not json', plain), 'housing {not json');
});

test("NestJS's start-up lines (modules, routes) stay out of the terminal; its warnings do not", () => {
  const line = (/** @type {number} */ level, /** @type {string} */ context) =>
    JSON.stringify({ level, time: at, context, msg: 'Mapped {/api/housing/households, GET} route' });

  assert.equal(readableLogLine(line(30, 'RouterExplorer'), plain), undefined);
  assert.equal(readableLogLine(line(30, 'InstanceLoader'), plain), undefined);
  assert.equal(
    readableLogLine(line(40, 'RouterExplorer'), plain),
    '09:30:05 housing WARN [RouterExplorer] Mapped {/api/housing/households, GET} route',
  );
  assert.equal(readableLogLine(line(30, 'Relay'), plain), '09:30:05 housing [Relay] Mapped {/api/housing/households, GET} route');
});
