import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, type QueryResult } from 'typeorm';

/**
 * Runs write use cases in a transaction.
 *
 * better-sqlite3 has a single connection and TypeORM shares one query runner over it, so
 * two overlapping `dataSource.transaction()` calls fail ("cannot start a transaction within
 * a transaction"). On SQLite, write transactions therefore wait in one FIFO queue; each
 * one is short (a handful of statements on one connection). PostgreSQL runs them
 * concurrently; services lock the rows they read before they write.
 */
@Injectable()
export class Transactions {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly serialise: boolean;

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {
    this.serialise = dataSource.options.type === 'better-sqlite3';
  }

  get engine(): 'sqlite' | 'postgres' {
    return this.serialise ? 'sqlite' : 'postgres';
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.serialise) return this.dataSource.transaction(work);
    const result = this.tail.then(() => this.dataSource.transaction(work));
    // The queue continues whatever this transaction's fate; the caller sees its own error.
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** The n-th (1-based) bound parameter of a hand-written statement: `$n` on PostgreSQL, `?` on SQLite. */
  param(n: number): string {
    return this.engine === 'postgres' ? `$${n}` : '?';
  }

  /** Rows of a hand-written statement on the transaction's connection, also those an `UPDATE … RETURNING` gives back, on both engines. */
  async rows(manager: EntityManager, sql: string, params: unknown[]): Promise<Record<string, unknown>[]> {
    const result = (await manager.queryRunner!.query(sql, params, true)) as QueryResult;
    return (result.records ?? []) as Record<string, unknown>[];
  }

  /** `FOR UPDATE` where the engine has row locks; SQLite's queue already excludes other writers. */
  lockClause(): string {
    return this.serialise ? '' : ' FOR UPDATE';
  }
}
