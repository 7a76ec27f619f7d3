import { z } from 'zod';
import { ServiceException } from './service-exception';
import { toServiceError } from './to-service-error';

describe('toServiceError', () => {
  it('keeps a ServiceException as it is, with the correlation id', () => {
    const sut = toServiceError(new ServiceException('not_found', 'No such household'), 'c-1');
    expect(sut).toEqual({ code: 'not_found', status: 404, message: 'No such household', correlationId: 'c-1' });
  });

  it('turns a zod error into a 400 naming each field and rule', () => {
    const parsed = z.object({ size: z.number().min(1, 'must be at least 1') }).safeParse({ size: 0 });
    const sut = toServiceError(parsed.error);
    expect(sut.status).toBe(400);
    expect(sut.issues).toEqual([{ field: 'size', rule: 'must be at least 1', code: 'too_small', params: { min: 1 } }]);
  });

  it('maps a Postgres unique violation to 409 without leaking SQL', () => {
    const sut = toServiceError({ driverError: { code: '23505', detail: 'Key (dwelling_id)=(…) exists' } });
    expect(sut).toEqual({ code: 'conflict', status: 409, message: 'The change conflicts with existing data' });
  });

  it('answers 503 for a database that refused, dropped or has no room for the connection', () => {
    const outages = [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      { driverError: new Error('Connection terminated unexpectedly') },
      { driverError: { code: '57P01', message: 'terminating connection due to administrator command' } },
      { driverError: { code: '08006', message: 'connection failure' } },
      new Error('timeout exceeded when trying to connect'),
    ];
    for (const outage of outages) {
      const sut = toServiceError(outage, 'c-2');
      expect(sut).toEqual({
        code: 'unavailable',
        status: 503,
        message: 'A dependency (database or network) is unavailable: try again shortly',
        correlationId: 'c-2',
      });
    }
  });

  it('hides unknown errors behind a generic 500', () => {
    const sut = toServiceError(new Error('relation "secret_table" does not exist'));
    expect(sut).toEqual({ code: 'internal', status: 500, message: 'Internal error' });
  });
});
