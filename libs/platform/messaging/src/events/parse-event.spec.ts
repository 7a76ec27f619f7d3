import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { defineEvent } from '@ankomst/contracts';
import { parseEvent } from './parse-event';

const contract = defineEvent('ankomst.housing.household-registered.v1', z.object({ size: z.number().int() }));
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const envelope = (payload: unknown) => ({
  id: randomUUID(),
  subject: contract.subject,
  aggregateId: 'household-1',
  municipality: '1103',
  occurredAt: new Date().toISOString(),
  actor: 'user-1',
  correlationId: 'corr-1',
  payload,
});

describe('parseEvent', () => {
  it('accepts a valid envelope and payload', () => {
    const sut = parseEvent(contract, contract.subject, encode(envelope({ size: 3 })));
    expect(sut).toMatchObject({ ok: true, event: { payload: { size: 3 } } });
  });

  it('rejects a payload that breaks the contract, keeping the event id', () => {
    const event = envelope({ size: 'three' });
    const sut = parseEvent(contract, contract.subject, encode(event));
    expect(sut).toMatchObject({ ok: false, eventId: event.id });
    expect(!sut.ok && sut.reason).toMatch(/^invalid payload: size/);
  });

  it('rejects bytes that are not JSON', () => {
    const sut = parseEvent(contract, contract.subject, new TextEncoder().encode('{nope'));
    expect(sut).toEqual({ ok: false, reason: 'invalid JSON' });
  });

  it('rejects an envelope published on another subject', () => {
    const sut = parseEvent(contract, 'ankomst.housing.other-thing.v1', encode(envelope({ size: 1 })));
    expect(sut.ok).toBe(false);
  });
});
