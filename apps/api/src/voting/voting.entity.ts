import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { BudgetRoundItem, ParticipantBudget, RoundResult } from '@backlog-studio/domain';
import { TIMESTAMP_TYPE } from '../database/column-types';

/** A "Buy a Feature" round: items priced at their size, participants with budgets below the total. */
@Entity('voting_round')
export class VotingRoundEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('ix_voting_round_product')
  @Column({ type: 'varchar', length: 36 })
  productId!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 8 })
  status!: 'OPEN' | 'CLOSED';

  @Column({ type: 'simple-json' })
  items!: BudgetRoundItem[];

  /** participantId = a member's user id. */
  @Column({ type: 'simple-json' })
  budgets!: ParticipantBudget[];

  @Column({ type: 'simple-json', nullable: true })
  result!: RoundResult | null;

  @Column({ type: 'varchar', length: 200 })
  openedBy!: string;

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  createdAt!: Date;

  @Column({ type: TIMESTAMP_TYPE, nullable: true })
  closedAt!: Date | null;
}

@Entity('voting_allocation')
export class VotingAllocationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  roundId!: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  participantId!: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  itemId!: string;

  @Column({ type: 'integer' })
  amount!: number;
}
