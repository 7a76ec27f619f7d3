import { SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthenticatedUser } from '../access/authenticated-request';

export const AUDIT_METADATA = 'ankomst:audited';

export interface AuditedOptions {
  /** What was done, `<thing>.<verb>`, e.g. `household.read`. */
  action: string;
  /**
   * Why the data is processed (the legal purpose), e.g. `settlement case work`. A function
   * when routes serve several units: the purpose recorded is the reader's own (their role's
   * work), never that of another unit whose view the route once served.
   */
  purpose: string | ((reader: AuthenticatedUser) => string);
  /**
   * Whose personal data this request read or changed. Gets the handler's result (before it
   * is sent) and the request. When the handler fails, `request.params.personId` (or `id`)
   * is used instead.
   */
  persons: (responseBody: unknown, request: FastifyRequest) => string[];
}

/**
 * Put on every route that reads or changes personal data. One audit entry is written
 * before the response leaves; when that write fails, the request fails and no data is sent.
 */
export const Audited = (options: AuditedOptions) => SetMetadata(AUDIT_METADATA, options);

/** Common person selectors. */
export const personsFrom = {
  param:
    (name = 'personId') =>
    (_body: unknown, request: FastifyRequest) => {
      const value = (request.params as Record<string, string | undefined>)[name];
      return value ? [value] : [];
    },
  bodyField:
    (field: string) =>
    (body: unknown): string[] => {
      const value = (body as Record<string, unknown> | undefined)?.[field];
      return typeof value === 'string' ? [value] : [];
    },
  none: () => [] as string[],
};
