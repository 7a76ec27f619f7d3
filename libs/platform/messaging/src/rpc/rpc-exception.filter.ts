import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import { NatsContext } from '@nestjs/microservices';
import { headers as headerNames } from '@ankomst/contracts';
import { type Observable, throwError } from 'rxjs';
import { toServiceError } from './to-service-error';

/** Every service's message handlers answer errors in the one `ServiceError` shape. */
@Catch()
export class RpcExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Rpc');

  catch(exception: unknown, host: ArgumentsHost): Observable<never> {
    const ctx = host.switchToRpc().getContext<unknown>();
    const correlationId = ctx instanceof NatsContext ? ctx.getHeaders()?.get(headerNames.correlationId) || undefined : undefined;
    const error = toServiceError(exception, correlationId);
    if (error.status >= 500) {
      this.logger.error({ err: exception, correlationId }, 'Handler failed');
    }
    return throwError(() => error);
  }
}
