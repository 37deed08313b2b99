import { Controller, Get, Header, HttpCode, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { QueryCounter } from '../database/query-counter';
import { LiveSubscriptions } from '../live/live-subscriptions.service';

@Controller()
export class HealthController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(LiveSubscriptions) private readonly live: LiveSubscriptions,
  ) {}

  /** Liveness and database state; 503 when the database does not answer. */
  @Get('health')
  async health(@Res() res: Response): Promise<void> {
    const engine = this.dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite';
    const started = process.hrtime.bigint();
    try {
      await this.dataSource.query('SELECT 1');
      const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
      res.status(200).json({ status: 'ok', database: { engine, status: 'up', latencyMs: Math.round(latencyMs * 100) / 100 } });
    } catch {
      res.status(503).json({ status: 'error', database: { engine, status: 'down' } });
    }
  }

  /** Prometheus text format; `db_statements_total` lets benchmarks count SQL per request. */
  @Get('metrics')
  @HttpCode(200)
  @Header('Content-Type', 'text/plain; version=0.0.4')
  metrics(): string {
    // Only a process started with --expose-gc (the leak tests) collects first, so the heap figure is comparable.
    (globalThis as { gc?: () => void }).gc?.();
    return [
      '# HELP db_statements_total SQL statements sent since start.',
      '# TYPE db_statements_total counter',
      `db_statements_total ${QueryCounter.count}`,
      '# HELP live_subscriptions Open GraphQL subscriptions in this instance.',
      '# TYPE live_subscriptions gauge',
      `live_subscriptions ${this.live.count}`,
      '# HELP live_listeners Event-bus listeners in this instance (subscriptions plus internal ones).',
      '# TYPE live_listeners gauge',
      `live_listeners ${this.live.listeners}`,
      '# HELP nodejs_heap_used_bytes V8 heap in use.',
      '# TYPE nodejs_heap_used_bytes gauge',
      `nodejs_heap_used_bytes ${process.memoryUsage().heapUsed}`,
      '',
    ].join('\n');
  }
}
