import { type ErrorCode, type FieldIssue, type RefusalReason, type ServiceError, serviceError, statusForCode } from '@ankomst/contracts';

/**
 * A domain failure that is the caller's business (bad input, not found, conflict, …).
 * It crosses NATS as a `ServiceError` and becomes the matching HTTP status at the gateway.
 */
export class ServiceException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
    /** Machine code of a domain refusal for translation, e.g. `already_settled`; `message` stays English. */
    readonly reason?: { code: RefusalReason | (string & {}); params?: Record<string, string | number> },
  ) {
    super(message);
    this.name = 'ServiceException';
  }

  get status(): number {
    return statusForCode[this.code];
  }

  toServiceError(correlationId?: string): ServiceError {
    return {
      code: this.code,
      status: this.status,
      message: this.message,
      ...(this.issues ? { issues: this.issues } : {}),
      ...(this.reason ? { reason: this.reason.code, ...(this.reason.params ? { params: this.reason.params } : {}) } : {}),
      ...(correlationId ? { correlationId } : {}),
    };
  }

  static validation(issues: FieldIssue[]): ServiceException {
    const summary = issues.map((i) => `${i.field}: ${i.rule}`).join('; ');
    return new ServiceException('validation_failed', `Invalid input: ${summary}`, issues);
  }

  static fromServiceError(error: ServiceError): ServiceException {
    return new ServiceException(
      error.code,
      error.message,
      error.issues,
      error.reason ? { code: error.reason, params: error.params } : undefined,
    );
  }

  /** Recognises a ServiceError that came back over the wire. */
  static isServiceError(value: unknown): value is ServiceError {
    return serviceError.safeParse(value).success;
  }
}
