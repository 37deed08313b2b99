import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { roundResult, validateAllocation, validateRound, type BudgetIssue, type BudgetNames, type BudgetRound } from '@backlog-studio/domain';
import { MembershipEntity } from '../auth/membership.entity';
import { ProductAccess } from '../auth/product-access.service';
import { BacklogItemEntity } from '../backlog/backlog-item.entity';
import type { Actor } from '../common/actor';
import { DomainError, ErrorCode } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { groupBy } from '../common/group-by';
import { VotingAllocationEntity, VotingRoundEntity } from './voting.entity';
import type { AllocateBudgetInput, OpenVotingRoundInput, VotingRound } from './voting.model';

/** An item as people know it: its title in quotes, else (not an item of the round) the id they sent. */
const quoted = (title: string | undefined, id: string): string => (title === undefined ? id : `“${title}”`);

const issuesAsFields = (field: string, issues: BudgetIssue[]): DomainError =>
  DomainError.badInput(issues.map((i) => ({ field, rule: i.code, message: i.message })));

@Injectable()
export class VotingService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly tx: Transactions,
    @Inject(ProductAccess) private readonly access: ProductAccess,
  ) {}

  async open(actor: Actor, input: OpenVotingRoundInput): Promise<VotingRound> {
    await this.access.require(actor, input.productId, 'RUN_VOTING');
    const items = await this.dataSource.getRepository(BacklogItemEntity).findBy({ id: In(input.itemIds), productId: input.productId });
    if (items.length !== new Set(input.itemIds).size) throw DomainError.field('itemIds', 'sameProduct', 'itemIds must be items of this product');
    const unsized = items.filter((i) => !i.size || i.size <= 0 || !Number.isInteger(i.size));
    if (unsized.length) {
      throw DomainError.field('itemIds', 'sized', `every item needs a whole-number size (its price): ${unsized.map((i) => `"${i.title}"`).join(', ')}`);
    }
    const members = await this.dataSource.getRepository(MembershipEntity).findBy({
      productId: input.productId,
      userId: In(input.participants.map((p) => p.userId)),
      status: 'ACTIVE',
    });
    if (members.length !== new Set(input.participants.map((p) => p.userId)).size) {
      throw DomainError.field('participants', 'member', 'every participant must be an active member of the product');
    }
    const round: BudgetRound = {
      items: input.itemIds.map((id) => ({ id, price: items.find((i) => i.id === id)!.size! })),
      budgets: input.participants.map((p) => ({ participantId: p.userId, budget: p.budget })),
    };
    const emails = new Map(members.filter((m) => m.userId !== null).map((m) => [m.userId!, m.email]));
    const issues = validateRound(round, { participant: (id) => emails.get(id) ?? id, item: (id) => quoted(items.find((i) => i.id === id)?.title, id) });
    if (issues.length) throw issuesAsFields('participants', issues);
    const entity: VotingRoundEntity = {
      id: randomUUID(),
      productId: input.productId,
      title: input.title,
      status: 'OPEN',
      items: [...round.items],
      budgets: [...round.budgets],
      result: null,
      openedBy: actor.label,
      createdAt: new Date(),
      closedAt: null,
    };
    await this.tx.run((m) => m.getRepository(VotingRoundEntity).insert({ ...entity }));
    return this.view(actor, entity.id);
  }

  /** Replaces the caller's pledges; an overspend (or any other problem) stores nothing. */
  async allocate(actor: Actor, input: AllocateBudgetInput): Promise<VotingRound> {
    const round = await this.find(input.roundId);
    await this.access.require(actor, round.productId, 'READ', { entity: 'VotingRound', id: round.id });
    if (round.status !== 'OPEN') throw DomainError.field('roundId', 'open', 'the round is closed');
    if (!round.budgets.some((b) => b.participantId === actor.userId)) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Only the participants of the round allocate budget');
    }
    const allocations = input.allocations.filter((a) => a.amount > 0);
    const check = (names?: BudgetNames) => validateAllocation({ items: round.items, budgets: round.budgets }, actor.userId!, allocations, names);
    if (check().length) {
      // Refused: the messages name the caller and the round's items as people know them.
      const titles = await this.titles(round.items.map((i) => i.id));
      throw issuesAsFields('allocations', check({ participant: () => actor.label, item: (id) => quoted(titles.get(id), id) }));
    }
    await this.tx.run(async (m) => {
      const repo = m.getRepository(VotingAllocationEntity);
      await repo.delete({ roundId: round.id, participantId: actor.userId! });
      if (allocations.length) await repo.insert(allocations.map((a) => ({ roundId: round.id, participantId: actor.userId!, itemId: a.itemId, amount: a.amount })));
    });
    return this.view(actor, round.id);
  }

  async close(actor: Actor, roundId: string): Promise<VotingRound> {
    const round = await this.find(roundId);
    await this.access.require(actor, round.productId, 'RUN_VOTING', { entity: 'VotingRound', id: roundId });
    if (round.status !== 'OPEN') throw DomainError.field('roundId', 'open', 'the round is already closed');
    await this.tx.run(async (m) => {
      const rows = await m.getRepository(VotingAllocationEntity).findBy({ roundId });
      const result = roundResult({ items: round.items, budgets: round.budgets }, this.byParticipant(rows));
      await m.getRepository(VotingRoundEntity).update({ id: roundId }, { status: 'CLOSED', result, closedAt: new Date() });
    });
    return this.view(actor, roundId);
  }

  async rounds(actor: Actor, productId: string): Promise<VotingRound[]> {
    await this.access.require(actor, productId, 'READ');
    const rows = await this.dataSource.getRepository(VotingRoundEntity).find({ where: { productId }, order: { createdAt: 'DESC' }, take: 50 });
    return this.views(actor, productId, rows);
  }

  async view(actor: Actor, roundId: string): Promise<VotingRound> {
    const round = await this.find(roundId);
    await this.access.require(actor, round.productId, 'READ', { entity: 'VotingRound', id: roundId });
    return (await this.views(actor, round.productId, [round]))[0];
  }

  /** Rounds of one product, the caller's access already checked: three statements however many rounds. */
  private async views(actor: Actor, productId: string, rounds: VotingRoundEntity[]): Promise<VotingRound[]> {
    if (!rounds.length) return [];
    const itemIds = [...new Set(rounds.flatMap((r) => r.items.map((i) => i.id)))];
    const userIds = [...new Set(rounds.flatMap((r) => r.budgets.map((b) => b.participantId)))];
    const [allocations, titles, members] = await Promise.all([
      this.dataSource.getRepository(VotingAllocationEntity).findBy({ roundId: In(rounds.map((r) => r.id)) }),
      this.titles(itemIds),
      userIds.length ? this.dataSource.getRepository(MembershipEntity).findBy({ productId, userId: In(userIds) }) : [],
    ]);
    const emails = new Map(members.filter((m) => m.userId !== null).map((m) => [m.userId!, m.email]));
    const byRound = groupBy(allocations, (a) => a.roundId);
    return rounds.map((round) => this.present(actor, round, byRound.get(round.id) ?? [], titles, emails));
  }

  private present(actor: Actor, round: VotingRoundEntity, rows: VotingAllocationEntity[], titles: Map<string, string>, emails: Map<string, string>): VotingRound {
    const live = round.result ?? roundResult({ items: round.items, budgets: round.budgets }, this.byParticipant(rows));
    const outcome = new Map(live.items.map((i) => [i.itemId, i]));
    const order = round.status === 'CLOSED' ? live.items.map((i) => i.itemId) : round.items.map((i) => i.id);
    return {
      id: round.id,
      title: round.title,
      status: round.status,
      items: order.map((itemId) => {
        const o = outcome.get(itemId)!;
        const mine = rows.find((r) => r.itemId === itemId && r.participantId === actor.userId)?.amount ?? 0;
        return { itemId, title: titles.get(itemId) ?? '(removed)', price: o.price, pledged: o.pledged, funded: o.funded, sharePercent: o.sharePercent, myPledge: mine };
      }),
      participants: round.budgets.map((b) => ({
        userId: b.participantId,
        email: emails.get(b.participantId) ?? '',
        budget: b.budget,
        spent: rows.filter((r) => r.participantId === b.participantId).reduce((n, r) => n + r.amount, 0),
      })),
      totalPrice: round.items.reduce((n, i) => n + i.price, 0),
      leftover: round.result ? round.result.leftover : null,
      openedBy: round.openedBy,
      closedAt: round.closedAt,
    };
  }

  private async titles(itemIds: string[]): Promise<Map<string, string>> {
    if (!itemIds.length) return new Map();
    const rows = await this.dataSource.getRepository(BacklogItemEntity).find({ where: { id: In(itemIds) }, select: { id: true, title: true } });
    return new Map(rows.map((i) => [i.id, i.title]));
  }

  private byParticipant(rows: VotingAllocationEntity[]) {
    const map = new Map<string, { itemId: string; amount: number }[]>();
    for (const r of rows) map.set(r.participantId, [...(map.get(r.participantId) ?? []), { itemId: r.itemId, amount: r.amount }]);
    return [...map].map(([participantId, allocations]) => ({ participantId, allocations }));
  }

  private async find(id: string): Promise<VotingRoundEntity> {
    const round = await this.dataSource.getRepository(VotingRoundEntity).findOneBy({ id });
    if (!round) throw DomainError.notFound('VotingRound', id);
    return round;
  }
}
