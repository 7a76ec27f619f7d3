import {
  type CallHandler,
  type ExecutionContext,
  HttpException,
  Injectable,
  Logger,
  type NestInterceptor,
  ServiceUnavailableException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { exportHeader } from '@ankomst/contracts';
import type { FastifyRequest } from 'fastify';
import { catchError, concatMap, from, map, type Observable, throwError } from 'rxjs';
import { accessState } from '../access/authenticated-request';
import { AUDIT_METADATA, type AuditedOptions } from './audited.decorator';
import { AuditLogService, type AuditRecord } from './audit-log.service';

/**
 * Writes the audit entry of every `@Audited` route: after the handler produced its result
 * and before anything is sent. No entry, no data: a failed write fails the request.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Audit');

  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditLogService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const options = this.reflector.get<AuditedOptions | undefined>(AUDIT_METADATA, context.getHandler());
    if (!options) return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();

    return next.handle().pipe(
      catchError((error: unknown) => from(this.recordFailure(options, request, error)).pipe(concatMap(() => throwError(() => error)))),
      concatMap((body) => from(this.write(this.record(options, request, options.persons(body, request), 'success'))).pipe(map(() => body))),
    );
  }

  private async write(record: AuditRecord | undefined): Promise<void> {
    if (!record) throw new ServiceUnavailableException('Audit log unavailable: request refused');
    try {
      await this.audit.append(record);
    } catch (error) {
      this.logger.error({ err: error, action: record.action, correlationId: record.correlationId }, 'Audit write failed');
      throw new ServiceUnavailableException('Audit log unavailable: request refused');
    }
  }

  /** A refused or failed attempt is recorded too; its own write failing must not hide the error. */
  private async recordFailure(options: AuditedOptions, request: FastifyRequest, error: unknown): Promise<void> {
    const status = error instanceof HttpException ? error.getStatus() : (error as { status?: number })?.status;
    const params = (request.params ?? {}) as Record<string, string | undefined>;
    const person = params.personId ?? params.id;
    const record = this.record(options, request, person ? [person] : [], status === 403 || status === 401 ? 'denied' : 'failed');
    if (!record) return;
    await this.audit
      .append(record)
      .catch((writeError: unknown) =>
        this.logger.error({ err: writeError, action: options.action }, 'Audit write of a failed request failed'),
      );
  }

  private record(
    options: AuditedOptions,
    request: FastifyRequest,
    personIds: string[],
    result: AuditRecord['result'],
  ): AuditRecord | undefined {
    const state = accessState(request);
    if (!state.user) return undefined;
    return {
      userId: state.user.userId,
      username: state.user.username,
      role: state.user.role,
      municipality: state.user.municipality,
      action: isExport(request) ? `${options.action}.export` : options.action,
      purpose: typeof options.purpose === 'function' ? options.purpose(state.user) : options.purpose,
      personIds,
      result,
      correlationId: String(request.id),
      breakGlass: Boolean(state.breakGlass),
    };
  }
}

/** A read the portal makes to write a CSV file (its `exportHeader`): audited as an export of what it answered. */
function isExport(request: FastifyRequest): boolean {
  return request.method === 'GET' && request.headers[exportHeader.name] === exportHeader.value;
}
