// How `npm start` shows the services' logs in development: one readable line per log event,
// the service's name in its own colour, instead of six processes' pino JSON. The JSON itself
// goes to .data/logs/<app>.log untouched (and, in production, to stdout as it is).

const levelNames = /** @type {Record<number, string>} */ ({ 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' });
const levelColours = /** @type {Record<string, string>} */ ({ warn: '33', error: '31', fatal: '1;31', debug: '2', trace: '2' });

/** Fields shown elsewhere in the line, or too noisy to repeat on every line. */
const shownFields = new Set([
  'level',
  'time',
  'pid',
  'hostname',
  'service',
  'msg',
  'context',
  'req',
  'res',
  'responseTime',
  'err',
  'correlationId',
]);

/**
 * @param {unknown} value
 * @returns {string}
 */
function short(value) {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** @param {number} time */
function clock(time) {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? '--:--:--' : date.toTimeString().slice(0, 8);
}

/**
 * NestJS's start-up chatter: one line per module, route and message handler (about 60 for the
 * gateway alone). Kept in the JSON file, left out of the terminal at info level.
 */
const startupContexts = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/**
 * One log line of a child process as a person reads it, or undefined for a line the terminal
 * leaves out (start-up chatter). Lines that are not pino JSON (a stack
 * trace printed by Node, say) are kept as they are.
 * @param {string} line
 * @param {{ label: string, paint: (code: string, text: string) => string }} options
 * @returns {string | undefined}
 */
export function readableLogLine(line, { label, paint }) {
  /** @type {Record<string, any> | undefined} */
  let entry;
  try {
    entry = line.startsWith('{') ? JSON.parse(line) : undefined;
  } catch {
    entry = undefined;
  }
  if (!entry || typeof entry !== 'object') return `${label} ${line}`;
  const level = levelNames[entry.level] ?? String(entry.level ?? 'info');
  if (level === 'info' && startupContexts.has(entry.context)) return undefined;
  const levelText = level === 'info' ? '' : ` ${paint(levelColours[level] ?? '0', level.toUpperCase())}`;
  const context = entry.context ? ` ${paint('2', `[${entry.context}]`)}` : '';
  const request =
    entry.req && entry.res ? ` ${entry.req.method} ${entry.req.url} → ${entry.res.statusCode} (${entry.responseTime ?? '?'} ms)` : '';
  const extras = Object.entries(entry)
    .filter(([key]) => !shownFields.has(key))
    .map(([key, value]) => `${key}=${short(value)}`);
  const error = entry.err ? ` ${paint('31', entry.err.message ?? short(entry.err))}` : '';
  const message = entry.msg && !(request && entry.msg === 'request completed') ? ` ${entry.msg}` : '';
  return `${paint('2', clock(entry.time))} ${label}${levelText}${context}${message}${request}${error}${extras.length ? paint('2', ` ${extras.join(' ')}`) : ''}`;
}
