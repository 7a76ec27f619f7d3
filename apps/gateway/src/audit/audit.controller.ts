import {
  auditPage,
  auditPersonId,
  type AuditPage,
  auditQuery,
  type AuditQuery,
  auditVerification,
  type AuditVerification,
  personAccessReport,
  type PersonAccessReport,
} from '@ankomst/contracts';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { RequirePermission } from '../access/access.decorator';
import type { AuthenticatedUser } from '../access/authenticated-request';
import { CurrentActor } from '../access/current-actor.decorator';
import { ZodPipe } from '../http/zod-body';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { Audited, personsFrom } from './audited.decorator';
import { AuditLogService } from './audit-log.service';

const oversight = 'privacy oversight of access to personal data';

@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditLogService) {}

  @Get()
  @RequirePermission('audit:read')
  @Audited({ action: 'audit.list', purpose: oversight, persons: (_body, request) => personsFrom.bodyField('personId')(request.query) })
  @ApiDoc({ summary: 'Audit entries of the own municipality, newest first', tag: 'audit', query: auditQuery, response: auditPage })
  async list(@CurrentActor() actor: AuthenticatedUser, @Query(new ZodPipe(auditQuery)) query: AuditQuery): Promise<AuditPage> {
    return { entries: await this.audit.list(actor.municipality, query) };
  }

  @Get('verify')
  @RequirePermission('audit:verify')
  @ApiDoc({ summary: 'Checks the hash chain; names the first changed or missing entry', tag: 'audit', response: auditVerification })
  verify(): Promise<AuditVerification> {
    return this.audit.verify();
  }

  @Get('persons/:personId')
  @RequirePermission('audit:read')
  @Audited({ action: 'audit.person-report', purpose: oversight, persons: personsFrom.param('personId') })
  @ApiDoc({ summary: "Who accessed one person's data, when and why", tag: 'audit', response: personAccessReport })
  personReport(
    @CurrentActor() actor: AuthenticatedUser,
    @Param('personId', new ZodPipe(auditPersonId)) personId: string,
  ): Promise<PersonAccessReport> {
    return this.audit.personReport(actor.municipality, personId);
  }
}
