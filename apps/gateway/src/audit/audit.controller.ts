import {
  accessReportByNationalId,
  type AccessReportByNationalId,
  auditPage,
  auditPersonId,
  type AuditPage,
  auditQuery,
  type AuditQuery,
  auditVerification,
  type AuditVerification,
  nationalIdAccessReport,
  type NationalIdAccessReport,
  personAccessReport,
  type PersonAccessReport,
} from '@ankomst/contracts';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { RequirePermission } from '../access/access.decorator';
import type { AuthenticatedUser } from '../access/authenticated-request';
import { CurrentActor } from '../access/current-actor.decorator';
import { ZodPipe } from '../http/zod-body';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { Audited, personsFrom } from './audited.decorator';
import { AccessReportLookupService } from './access-report-lookup.service';
import { AuditLogService } from './audit-log.service';

const oversight = 'privacy oversight of access to personal data';
/** The person's right to know (innsyn): looking a person up by national id serves this one report. */
const accessReportPurpose = 'access report (innsyn)';

@Controller('audit')
export class AuditController {
  constructor(
    private readonly audit: AuditLogService,
    private readonly lookup: AccessReportLookupService,
  ) {}

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

  // POST, not GET: a national id must not travel in a URL (logs, history, proxies). Audited
  // with the person ids found, never the number.
  @Post('persons/by-national-id')
  @HttpCode(200)
  @RequirePermission('audit:read')
  @Audited({
    action: 'audit.person-report.by-national-id',
    purpose: accessReportPurpose,
    persons: (body) => (body as NationalIdAccessReport | undefined)?.persons.map((p) => p.personId) ?? [],
  })
  @ApiDoc({
    summary: "Who accessed one person's data, found by fødselsnummer or D-nummer (in the body, never the URL)",
    tag: 'audit',
    body: accessReportByNationalId,
    response: nationalIdAccessReport,
    errors: {
      400: 'Invalid national id (field and code named)',
      404: 'No person with this number in your municipality (person_not_on_record)',
    },
  })
  personReportByNationalId(
    @CurrentActor() actor: AuthenticatedUser,
    @Body(new ZodPipe(accessReportByNationalId)) { nationalId }: AccessReportByNationalId,
    @Req() request: FastifyRequest,
  ): Promise<NationalIdAccessReport> {
    return this.lookup.byNationalId(actor, nationalId, String(request.id));
  }
}
