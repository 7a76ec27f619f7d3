import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AccessReportLookupService } from './access-report-lookup.service';
import { AuditController } from './audit.controller';
import { AuditInterceptor } from './audit.interceptor';
import { AuditLogService } from './audit-log.service';

/** The audit log, its routes, and the interceptor behind `@Audited`. Global: every feature writes to it. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditLogService, AccessReportLookupService, { provide: APP_INTERCEPTOR, useClass: AuditInterceptor }],
  exports: [AuditLogService],
})
export class AuditModule {}
