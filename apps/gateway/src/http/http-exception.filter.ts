import { ServiceException, toServiceError } from '@ankomst/platform-messaging';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger, NotFoundException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

const codeForStatus: Record<number, string> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
  502: 'bad_gateway',
  503: 'unavailable',
  504: 'timeout',
};

/** A browser navigation inside the single-page portal (not the API, not metrics). */
const isPortalPath = (request: FastifyRequest) =>
  request.method === 'GET' && !request.url.startsWith('/api/') && request.url !== '/api' && !request.url.startsWith('/metrics');

/** The portal's static files are registered (so `reply.sendFile` exists) only when it is built. */
const hasPortal = (reply: FastifyReply) => typeof (reply as { sendFile?: unknown }).sendFile === 'function';

/**
 * One error body for every HTTP answer: `{ code, message, issues?, correlationId }`.
 * No stack trace or SQL ever reaches the client.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const correlationId = String(request.id);

    if (exception instanceof NotFoundException && isPortalPath(request) && hasPortal(reply)) {
      void reply.type('text/html').sendFile('index.html');
      return;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const message = typeof body === 'string' ? body : ((body as { message?: unknown }).message ?? exception.message);
      void reply.status(status).send({
        code: codeForStatus[status] ?? (status >= 500 ? 'internal' : 'bad_request'),
        message: Array.isArray(message) ? message.join('; ') : String(message),
        correlationId,
      });
      return;
    }
    // Fastify's own errors (body too large, bad JSON, wrong content type) carry a statusCode.
    const fastifyStatus = (exception as { statusCode?: number })?.statusCode;
    if (!(exception instanceof ServiceException) && fastifyStatus && fastifyStatus >= 400 && fastifyStatus < 500) {
      void reply.status(fastifyStatus).send({
        code: codeForStatus[fastifyStatus] ?? 'bad_request',
        message: (exception as Error).message,
        correlationId,
      });
      return;
    }
    const error = toServiceError(exception, correlationId);
    if (error.status >= 500) this.logger.error({ err: exception, correlationId }, 'Request failed');
    void reply.status(error.status).send(error);
  }
}
