import { headers } from '@ankomst/contracts';
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { NatsContext } from '@nestjs/microservices';
import { PinoLogger } from 'nestjs-pino';
import { Observable } from 'rxjs';

/**
 * NestJS 11 has no request pipeline for microservice logging, so message handlers run
 * inside a logging context bound to the message's correlation id and subject.
 */
@Injectable()
export class CorrelationInterceptor implements NestInterceptor {
  constructor(private readonly logger: PinoLogger) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc') return next.handle();
    const nats = context.switchToRpc().getContext<unknown>();
    if (!(nats instanceof NatsContext)) return next.handle();
    const correlationId = nats.getHeaders()?.get(headers.correlationId) || undefined;
    const bindings = { correlationId, subject: nats.getSubject() };
    return new Observable((subscriber) => this.logger.runInContext(() => next.handle().subscribe(subscriber), { bindings }));
  }
}
