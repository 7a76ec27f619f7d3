import { type ServiceError, toFieldIssues } from '@ankomst/contracts';
import { ZodError } from 'zod';
import { isDependencyOutage } from './dependency-outage';
import { ServiceException } from './service-exception';

const UNIQUE_VIOLATION = '23505';
const EXCLUSION_VIOLATION = '23P01';

/**
 * Maps anything a handler threw to the wire error shape. Unknown errors become a generic
 * 500 so no stack trace or SQL ever leaves the service.
 */
export function toServiceError(error: unknown, correlationId?: string): ServiceError {
  if (error instanceof ServiceException) return error.toServiceError(correlationId);
  if (error instanceof ZodError) {
    return ServiceException.validation(toFieldIssues(error)).toServiceError(correlationId);
  }
  const pgCode = (error as { driverError?: { code?: string }; code?: string })?.driverError?.code ?? (error as { code?: string })?.code;
  if (pgCode === UNIQUE_VIOLATION || pgCode === EXCLUSION_VIOLATION) {
    return new ServiceException('conflict', 'The change conflicts with existing data').toServiceError(correlationId);
  }
  if (isDependencyOutage(error)) {
    return new ServiceException('unavailable', 'A dependency (database or network) is unavailable: try again shortly').toServiceError(
      correlationId,
    );
  }
  return new ServiceException('internal', 'Internal error').toServiceError(correlationId);
}
