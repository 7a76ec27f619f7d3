import type { AccessReportPersons, NationalIdAccessReport } from '@ankomst/contracts';
import { housingRpc } from '@ankomst/contracts/housing';
import { ServiceClient, ServiceException } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../access/authenticated-request';
import { AuditLogService } from './audit-log.service';

/**
 * The access report found by fødselsnummer or D-nummer. The audit log keeps person ids only,
 * so the housing service (the only holder of national ids) names the records the number has
 * in the officer's municipality; the report is then the one each id would give, together.
 * The number goes to the housing service and nowhere else: not into a URL, a log or the audit log.
 */
@Injectable()
export class AccessReportLookupService {
  constructor(
    private readonly audit: AuditLogService,
    private readonly services: ServiceClient,
  ) {}

  async byNationalId(actor: AuthenticatedUser, nationalId: string, correlationId: string): Promise<NationalIdAccessReport> {
    const { persons } = await this.services.request<AccessReportPersons>(
      housingRpc.resolveAccessReportPersons,
      { nationalId },
      { correlationId, actor: { userId: actor.userId, role: actor.role, municipality: actor.municipality } },
    );
    // Not "nobody has seen this person": the municipality has no record with this number.
    if (persons.length === 0) {
      throw new ServiceException('not_found', 'No person with this national id in the records of your municipality', undefined, {
        code: 'person_not_on_record',
      });
    }
    const reports = await Promise.all(persons.map(({ personId }) => this.audit.personReport(actor.municipality, personId)));
    const accesses = reports
      .flatMap((report) => report.accesses.map((access) => ({ ...access, personId: report.personId })))
      .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
    return { persons, accesses };
  }
}
