import type { FieldIssue } from '@ankomst/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';

// eslint-disable-next-line no-control-regex -- matching control characters is the point of this rule
const CONTROL = /[\u0000-\u001f\u007f]/;

const decoded = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/**
 * A path segment with a control character (`/persons/%00`) is never an id. Refused before any
 * guard or handler sees it: a NUL would otherwise reach Postgres (a 500) wherever a path
 * parameter is looked up, including the guard's break-glass check. Body and query fields are
 * checked by their schemas, which name the field.
 */
export function refuseControlCharactersInPath(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
  const path = request.url.split('?')[0];
  if (!CONTROL.test(decoded(path))) {
    done();
    return;
  }
  const params = Object.entries((request.params ?? {}) as Record<string, string>).filter(([, value]) => CONTROL.test(value));
  const issues: FieldIssue[] = (params.length ? params.map(([name]) => name) : ['(path)']).map((field) => ({
    field,
    rule: 'must not contain control characters',
    code: 'control_characters',
    params: {},
  }));
  void reply.status(400).send({
    code: 'validation_failed',
    message: `Invalid input: ${issues.map((i) => `${i.field}: ${i.rule}`).join('; ')}`,
    issues,
    correlationId: String(request.id),
  });
}
