import { defineEndpoint, headers as headerNames } from '@ankomst/contracts';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import { NatsContext } from '@nestjs/microservices';
import { headers } from 'nats';
import { z } from 'zod';
import { Handles } from './handles.decorator';
import type { RequestContext } from './request-context';
import { ServiceException } from './service-exception';

const getDwelling = defineEndpoint({
  service: 'housing',
  command: 'get-dwelling',
  summary: 'One dwelling',
  input: z.object({ dwellingId: z.uuid() }),
  output: z.object({ id: z.uuid(), address: z.string() }),
  access: { permissions: ['dwellings:read'] },
  audit: false,
  http: { method: 'GET', path: '/housing/dwellings/:dwellingId' },
});

const dwellingId = '8a0b2c6e-2f1e-4d8e-9c1a-3b5d7f9e1a2c';

class DwellingsController {
  seen?: { input: unknown; ctx: RequestContext };
  answer = { id: dwellingId, address: 'Storgata 1' };

  @Handles(getDwelling)
  get(input: { dwellingId: string }, ctx: RequestContext) {
    this.seen = { input, ctx };
    return Promise.resolve(this.answer);
  }
}

const actor = { userId: 'u1', role: 'housing-officer', municipality: '1103' };
function natsContext(withActor = true) {
  const h = headers();
  if (withActor) h.set(headerNames.actor, JSON.stringify(actor));
  h.set(headerNames.correlationId, 'corr-1');
  return new NatsContext([getDwelling.subject, h]);
}
const call = (sut: DwellingsController, payload: unknown, ctx = natsContext()) =>
  (sut.get as unknown as (payload: unknown, ctx: NatsContext) => Promise<unknown>)(payload, ctx);

describe('@Handles', () => {
  it('listens on the declared subject', () => {
    expect(Reflect.getMetadata(PATTERN_METADATA, DwellingsController.prototype.get)).toEqual([getDwelling.subject]);
  });

  it('gives the handler the parsed input and the acting user', async () => {
    const sut = new DwellingsController();
    await expect(call(sut, { dwellingId })).resolves.toEqual({ id: dwellingId, address: 'Storgata 1' });
    expect(sut.seen?.input).toEqual({ dwellingId });
    expect(sut.seen?.ctx).toMatchObject({ correlationId: 'corr-1', actor: { userId: 'u1', role: 'housing-officer' } });
  });

  it('refuses input that breaks the contract with a validation error naming the field', async () => {
    const sut = new DwellingsController();
    const error = await call(sut, { dwellingId: 'no-uuid' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceException);
    expect(error).toMatchObject({ code: 'validation_failed', issues: [{ field: 'dwellingId' }] });
    expect(sut.seen).toBeUndefined();
  });

  it('refuses a message without an actor', async () => {
    const sut = new DwellingsController();
    await expect(call(sut, { dwellingId }, natsContext(false))).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('fails an answer that misses a declared field (outside production)', async () => {
    const sut = new DwellingsController();
    sut.answer = { id: dwellingId } as DwellingsController['answer'];
    const error = await call(sut, { dwellingId }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'internal' });
    expect((error as Error).message).toContain('address');
  });
});
