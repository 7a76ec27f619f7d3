import { type Actor, headers as headerNames } from '@ankomst/contracts';
import { type ClientProxy, NatsRecordBuilder } from '@nestjs/microservices';
import { headers as natsHeaders } from 'nats';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';
import { ServiceException } from './service-exception';

export interface CallOptions {
  correlationId: string;
  actor?: Actor;
  timeoutMs?: number;
}

/**
 * Request/reply over core NATS with the platform's conventions: an explicit timeout,
 * correlation id and actor in headers, and errors turned back into ServiceException.
 */
export class ServiceClient {
  constructor(
    private readonly proxy: ClientProxy,
    private readonly defaultTimeoutMs: number,
  ) {}

  async request<T>(subject: string, data: unknown, options: CallOptions): Promise<T> {
    const hdrs = natsHeaders();
    hdrs.set(headerNames.correlationId, options.correlationId);
    if (options.actor) hdrs.set(headerNames.actor, JSON.stringify(options.actor));
    const record = new NatsRecordBuilder(data).setHeaders(hdrs).build();
    const ms = options.timeoutMs ?? this.defaultTimeoutMs;
    try {
      return await firstValueFrom(this.proxy.send<T>(subject, record).pipe(timeout(ms)));
    } catch (error) {
      throw toClientError(error, subject, ms);
    }
  }
}

function toClientError(error: unknown, subject: string, ms: number): ServiceException {
  if (error instanceof TimeoutError) {
    return new ServiceException('timeout', `No answer on ${subject} within ${ms} ms`);
  }
  if (ServiceException.isServiceError(error)) return ServiceException.fromServiceError(error);
  if (error instanceof ServiceException) return error;
  return new ServiceException('unavailable', `Request on ${subject} failed`);
}
