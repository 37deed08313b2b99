import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { burnUp, forecastCompletion, isoAddDays, throughputPerPeriod, type BurnUpEvent } from '@backlog-studio/domain';
import { ProductAccess } from '../auth/product-access.service';
import { BacklogItemEntity } from '../backlog/backlog-item.entity';
import type { Actor } from '../common/actor';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { ChangeLogService } from '../history/change-log.service';
import { ProductGoalEntity } from '../products/product-goal.entity';
import { toProductGoal } from '../products/product.model';
import { ProductEntity } from '../products/product.entity';
import type { ProgressReport, ShareLink } from './progress.model';
import { ShareLinkEntity } from './share-link.entity';

const day = (d: Date | string): string => (d instanceof Date ? d.toISOString() : new Date(d).toISOString()).slice(0, 10);
const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
/** Forecasts draw on at most this many past weeks: recent throughput says most about the team now. */
const HISTORY_WEEKS = 12;

@Injectable()
export class ProgressService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly tx: Transactions,
    @Inject(ProductAccess) private readonly access: ProductAccess,
    @Inject(ChangeLogService) private readonly changeLog: ChangeLogService,
  ) {}

  async report(actor: Actor, productId: string): Promise<ProgressReport> {
    await this.access.require(actor, productId, 'READ');
    return this.build(productId, new Date());
  }

  async shared(token: string): Promise<ProgressReport> {
    const link = await this.dataSource.getRepository(ShareLinkEntity).findOneBy({ tokenHash: hashToken(token) });
    if (!link || link.revokedAt) throw DomainError.notFound('ShareLink', 'shared');
    return this.build(link.productId, new Date());
  }

  async createLink(actor: Actor, productId: string): Promise<ShareLink> {
    await this.access.require(actor, productId, 'EDIT_PRODUCT');
    const token = randomBytes(24).toString('base64url');
    const link: ShareLinkEntity = { id: randomUUID(), productId, tokenHash: hashToken(token), createdBy: actor.label, createdAt: new Date(), revokedAt: null };
    await this.tx.run((m) => m.getRepository(ShareLinkEntity).insert({ ...link }));
    return { id: link.id, token, path: `/shared/${token}`, createdBy: link.createdBy, createdAt: link.createdAt, revokedAt: null };
  }

  async links(actor: Actor, productId: string): Promise<ShareLink[]> {
    await this.access.require(actor, productId, 'EDIT_PRODUCT');
    const rows = await this.dataSource.getRepository(ShareLinkEntity).find({ where: { productId }, order: { createdAt: 'DESC' } });
    return rows.map((r) => ({ id: r.id, token: null, path: null, createdBy: r.createdBy, createdAt: r.createdAt, revokedAt: r.revokedAt }));
  }

  async revokeLink(actor: Actor, id: string): Promise<ShareLink> {
    const link = await this.dataSource.getRepository(ShareLinkEntity).findOneBy({ id });
    if (!link) throw DomainError.notFound('ShareLink', id);
    await this.access.require(actor, link.productId, 'EDIT_PRODUCT', { entity: 'ShareLink', id });
    const revokedAt = link.revokedAt ?? new Date();
    await this.tx.run((m) => m.getRepository(ShareLinkEntity).update({ id }, { revokedAt }));
    return { id, token: null, path: null, createdBy: link.createdBy, createdAt: link.createdAt, revokedAt };
  }

  private async build(productId: string, now: Date): Promise<ProgressReport> {
    const product = await this.dataSource.getRepository(ProductEntity).findOneByOrFail({ id: productId });
    const goal = await this.dataSource.getRepository(ProductGoalEntity).findOneBy({ productId, status: 'ACTIVE' });
    const items = await this.dataSource.getRepository(BacklogItemEntity).find({
      where: { productId },
      select: { id: true, size: true, status: true, createdAt: true, updatedAt: true, archivedAt: true },
    });
    // When each item became done: its latest status change to DONE, else (seeded data) its last update.
    const doneAt = new Map([...(await this.changeLog.doneAt(productId))].map(([id, at]) => [id, day(at)]));
    const today = day(now);
    const events: BurnUpEvent[] = [];
    const doneDates: string[] = [];
    let remaining = 0;
    let done = 0;
    for (const item of items) {
      const size = item.size ?? 1;
      events.push({ date: day(item.createdAt), type: 'SCOPE_ADDED', size });
      if (item.archivedAt) {
        events.push({ date: day(item.archivedAt), type: 'SCOPE_REMOVED', size });
        continue;
      }
      if (item.status === 'DONE') {
        const at = doneAt.get(item.id) ?? day(item.updatedAt);
        events.push({ date: at, type: 'DONE', size });
        doneDates.push(at);
        done++;
      } else {
        remaining++;
      }
    }
    const earliest = events.reduce((min, e) => (e.date < min ? e.date : min), today);
    const from = earliest < isoAddDays(today, -7 * 26) ? isoAddDays(today, -7 * 26) : earliest;
    const series = events.length ? burnUp({ events, from, to: today, granularity: 'WEEK' }) : [];
    const throughput = throughputPerPeriod(doneDates, 7, from, today);
    const history = throughput.filter((t) => !t.partial).slice(-HISTORY_WEEKS).map((t) => t.count);
    let forecast: ProgressReport['forecast'] = null;
    let forecastNote: string | null = null;
    if (remaining === 0) forecastNote = 'Nothing remains: every item is done.';
    else if (!history.some((n) => n > 0)) forecastNote = 'No finished week has any item done yet: a forecast needs throughput history.';
    else {
      const result = forecastCompletion({ throughputHistory: history, remainingItems: remaining, seed: 20_24, startDate: today, periodDays: 7 });
      forecast = {
        remainingItems: remaining,
        basedOn: history,
        percentiles: result.percentiles.map((p) => ({ confidence: p.confidence, weeks: p.periods, date: p.date })),
      };
    }
    return {
      productId,
      productName: product.name,
      activeGoal: goal ? toProductGoal(goal) : null,
      generatedOn: today,
      burnUp: series.map((p) => ({ start: p.start, end: p.end, done: p.done, scope: p.scope, added: p.added, removed: p.removed, scopeChanged: p.scopeChanged })),
      throughput: throughput.map((t) => ({ start: t.start, end: t.end, count: t.count, partial: t.partial })),
      forecast,
      forecastNote,
      doneItems: done,
      remainingItems: remaining,
    };
  }
}
