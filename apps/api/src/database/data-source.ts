import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { QueryCounter } from './query-counter';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DataSourceExtras {
  debugSql?: boolean;
  /** Only for throwaway databases (the migration check compares against this). */
  synchronize?: boolean;
  runMigrations?: boolean;
}

export function migrationsGlob(engine: DatabaseConfig['engine']): string {
  return join(__dirname, 'migrations', engine, '*.js');
}

export function dataSourceOptions(db: DatabaseConfig, extras: DataSourceExtras = {}): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    namingStrategy: new SnakeNamingStrategy(),
    migrations: [migrationsGlob(db.engine)],
    migrationsTableName: 'schema_migrations',
    migrationsRun: extras.runMigrations ?? true,
    migrationsTransactionMode: 'each' as const,
    synchronize: extras.synchronize ?? false,
    logger: new QueryCounter(extras.debugSql ?? false),
    maxQueryExecutionTime: 500,
  };
  if (db.engine === 'sqlite') {
    if (db.path !== ':memory:') mkdirSync(dirname(db.path), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: db.path,
      // WAL + synchronous=NORMAL survives process crashes and is ~35x faster than the
      // rollback journal; TypeORM leaves WAL off unless asked.
      enableWAL: true,
      timeout: 5000,
      prepareDatabase: (db: { pragma(source: string): unknown }) => {
        db.pragma('synchronous = NORMAL');
        db.pragma('busy_timeout = 5000');
        db.pragma('foreign_keys = ON');
      },
    };
  }
  return {
    ...common,
    type: 'postgres',
    url: db.url,
    // A burst queues for a connection rather than failing: writers to one product serialise anyway.
    extra: { max: 10, connectionTimeoutMillis: 30_000, idleTimeoutMillis: 30_000 },
  };
}

export function createDataSource(db: DatabaseConfig, extras: DataSourceExtras = {}): DataSource {
  return new DataSource(dataSourceOptions(db, extras));
}
