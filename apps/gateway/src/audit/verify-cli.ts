/**
 * Verifies the audit chain from the command line (cron, incident response):
 *   node -r @swc-node/register apps/gateway/src/audit/verify-cli.ts
 * Exit 0 when intact, 2 when broken (naming the first broken entry), 1 on error.
 */
import 'reflect-metadata';
import { dataSourceOptions } from '@ankomst/platform-database';
import { DataSource } from 'typeorm';
import { serviceDatabase } from '../database';
import { verifyAuditChain } from './audit-log.service';

async function main(): Promise<number> {
  const dataSource = await new DataSource(dataSourceOptions(serviceDatabase())).initialize();
  try {
    const result = await verifyAuditChain(dataSource.manager);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return result.ok ? 0 : 2;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Cannot verify the audit log: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
