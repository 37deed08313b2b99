import type { Logger as TypeOrmLogger } from 'typeorm';
import { Logger } from '@nestjs/common';

/**
 * Counts every SQL statement the process sends (exposed at GET /metrics), so benchmarks and
 * tests can prove that a page costs a fixed number of statements, whatever its size.
 */
export class QueryCounter implements TypeOrmLogger {
  private static total = 0;
  private readonly logger = new Logger('SQL');

  static get count(): number {
    return QueryCounter.total;
  }

  constructor(private readonly debug: boolean) {}

  logQuery(query: string): void {
    QueryCounter.total++;
    if (this.debug) this.logger.debug(query);
  }

  logQueryError(error: string | Error, query: string): void {
    QueryCounter.total++;
    // Constraint violations are expected answers (mapped to CONFLICT / BAD_USER_INPUT), not faults.
    if (this.debug) this.logger.debug(`failed: ${query}: ${error instanceof Error ? error.message : error}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`slow query (${time} ms): ${query.slice(0, 200)}`);
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
