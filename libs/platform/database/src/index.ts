export { ensureDatabase, dropDatabase, databaseUrl } from './ensure-database';
export { dataSourceOptions, type ServiceDatabase } from './data-source-options';
export { DatabaseModule } from './database.module';
