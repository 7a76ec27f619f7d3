import { type Endpoint, toFieldIssues } from '@ankomst/contracts';
import { Logger } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import type { z } from 'zod';
import { parseInput } from './parse-input';
import { readRequestContext, type RequestContext } from './request-context';
import { ServiceException } from './service-exception';

/**
 * Outside production every answer is checked against its declared output (dev, test), unless
 * CHECK_RPC_OUTPUT=false (the bench, which measures what production runs). Read once: the
 * environment does not change while a service runs.
 */
const checksOutput = process.env.NODE_ENV !== 'production' && outputCheckWanted(process.env.CHECK_RPC_OUTPUT);

function outputCheckWanted(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'true') return true;
  if (value === 'false') return false;
  throw new Error(`CHECK_RPC_OUTPUT must be true or false, not ${JSON.stringify(value)}`);
}
const logger = new Logger('Endpoint');

/**
 * Checks an answer against the endpoint's output schema. A mismatch is the service's own bug:
 * it is logged with the fields and fails the call (in tests: the test), instead of sending the
 * gateway something its clients were not promised.
 */
export function checkOutput(endpoint: Endpoint, output: unknown): void {
  const result = endpoint.output.safeParse(output);
  if (result.success) return;
  const issues = toFieldIssues(result.error);
  logger.error({ subject: endpoint.subject, issues }, 'Answer does not match its declared output');
  throw new ServiceException(
    'internal',
    `The answer of ${endpoint.subject} does not match its contract: ${issues.map((i) => `${i.field}: ${i.rule}`).join('; ')}`,
  );
}

/** A handler takes the endpoint's parsed input and answers with its declared output. */
type EndpointHandler<E extends Endpoint> = (
  input: z.output<E['input']>,
  ctx: RequestContext,
) => z.output<E['output']> | Promise<z.output<E['output']>>;

/**
 * Serves one declared endpoint: `@Handles(getDwelling) get(input, ctx) { ... }`. The message
 * pattern is the endpoint's subject, the input is parsed against its schema (a 400 naming each
 * field and rule), the acting user comes from the headers, and the answer is checked against
 * the output schema outside production. The controller stays transport-only.
 */
export function Handles<E extends Endpoint>(endpoint: E) {
  return <H extends EndpointHandler<E>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<H>) => {
    const handler = descriptor.value;
    if (!handler) throw new Error(`@Handles(${endpoint.subject}) must decorate a method`);
    async function handle(this: unknown, payload: unknown, nats: NatsContext) {
      const ctx = readRequestContext(nats);
      const input = parseInput(endpoint.input, payload) as z.output<E['input']>;
      const output: unknown = await handler!.call(this, input, ctx);
      if (checksOutput) checkOutput(endpoint, output);
      return output;
    }
    // Nest reads the parameter and pattern metadata from the function it will call.
    Object.defineProperty(handle, 'name', { value: handler.name });
    const wrapped = { ...descriptor, value: handle as unknown as H };
    Payload()(target, key, 0);
    Ctx()(target, key, 1);
    MessagePattern(endpoint.subject)(target, key, wrapped);
    return wrapped;
  };
}
