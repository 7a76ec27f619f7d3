import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dataSourceOptions, type ServiceDatabase } from './data-source-options';
import { ensureDatabase } from './ensure-database';

/**
 * The service's own database: created if missing, migrated at start, then handed to
 * TypeORM. `useFactory` lets the caller read config validated at boot.
 */
@Module({})
export class DatabaseModule {
  static forService(options: {
    imports?: DynamicModule['imports'];
    inject?: unknown[];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Nest injects by token, untyped
    useFactory: (...args: any[]) => ServiceDatabase | Promise<ServiceDatabase>;
  }): DynamicModule {
    const logger = new Logger('Database');
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          imports: options.imports,
          inject: options.inject as never,
          useFactory: async (...args: unknown[]) => {
            const db = await options.useFactory(...args);
            if (await ensureDatabase(db.serverUrl, db.database)) {
              logger.log(`Created database ${db.database}`);
            }
            return dataSourceOptions(db);
          },
          dataSourceFactory: async (opts) => {
            const dataSource = await new DataSource(opts!).initialize();
            const applied = await dataSource.runMigrations({ transaction: 'each' });
            if (applied.length) logger.log(`Applied migrations: ${applied.map((m) => m.name).join(', ')}`);
            return dataSource;
          },
        }),
      ],
    };
  }
}
