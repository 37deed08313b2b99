import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ItemKind, ItemStatus, KanoCategory, MoscowBucket, RefinableLike, RiskLevel } from '@backlog-studio/domain';
import { RANK_COLLATION, TIMESTAMP_TYPE } from '../database/column-types';
import { ProductEntity } from '../products/product.entity';
import { ProductGoalEntity } from '../products/product-goal.entity';

@Entity('backlog_item')
@Check('ck_backlog_item_kind', `"kind" IN ('FEATURE', 'BUG', 'EXPERIMENT', 'ENABLER', 'SPIKE')`)
@Check('ck_backlog_item_status', `"status" IN ('IDEA', 'REFINED', 'READY', 'IN_SPRINT', 'DONE')`)
@Check('ck_backlog_item_size', `"size" IS NULL OR "size" >= 0`)
@Check('ck_backlog_item_version', `"version" >= 1`)
// Backlog order: one rank per product, read by keyset (product_id, rank).
@Index('uq_backlog_item_rank', ['productId', 'rank'], { unique: true })
export class BacklogItemEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  productId!: string;

  @ManyToOne(() => ProductEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'fk_backlog_item_product' })
  product?: ProductEntity;

  @Column({ type: 'varchar', length: 128, collation: RANK_COLLATION })
  rank!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 16, default: 'FEATURE' })
  kind!: ItemKind;

  @Column({ type: 'varchar', length: 16, default: 'IDEA' })
  status!: ItemStatus;

  // Desired outcome: the change we want to see, apart from the output we build.
  @Column({ type: 'text', nullable: true })
  outcomeStatement!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  outcomeMetric!: string | null;

  @Column({ type: 'double precision', nullable: true })
  outcomeBaseline!: number | null;

  @Column({ type: 'double precision', nullable: true })
  outcomeTarget!: number | null;

  @Column({ type: 'date', nullable: true })
  outcomeCheckBy!: string | null;

  @Column({ type: 'text', nullable: true })
  output!: string | null;

  @Column({ type: 'integer', nullable: true })
  valueCustomer!: number | null;

  @Column({ type: 'integer', nullable: true })
  valueBusiness!: number | null;

  @Column({ type: 'integer', nullable: true })
  valueTeam!: number | null;

  @Column({ type: 'integer', nullable: true })
  codUserBusinessValue!: number | null;

  @Column({ type: 'integer', nullable: true })
  codTimeCriticality!: number | null;

  @Column({ type: 'integer', nullable: true })
  codRiskReduction!: number | null;

  @Column({ type: 'double precision', nullable: true })
  size!: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  risk!: RiskLevel | null;

  @Column({ type: 'integer', nullable: true })
  confidence!: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  moscow!: MoscowBucket | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  kano!: KanoCategory | null;

  @Column({ type: 'simple-json' })
  acceptanceCriteria!: string[];

  @Index('ix_backlog_item_goal')
  @Column({ type: 'varchar', length: 36, nullable: true })
  goalId!: string | null;

  @ManyToOne(() => ProductGoalEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'goal_id', foreignKeyConstraintName: 'fk_backlog_item_goal' })
  goal?: ProductGoalEntity | null;

  @Index('ix_backlog_item_parent')
  @Column({ type: 'varchar', length: 36, nullable: true })
  parentId!: string | null;

  @ManyToOne(() => BacklogItemEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_backlog_item_parent' })
  parent?: BacklogItemEntity | null;

  @Column({ type: TIMESTAMP_TYPE, nullable: true })
  archivedAt!: Date | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  createdAt!: Date;

  @UpdateDateColumn({ type: TIMESTAMP_TYPE })
  updatedAt!: Date;
}

/** An item's outcome and value as the domain's readiness rules read them. */
export function refinableOf(item: BacklogItemEntity): RefinableLike {
  return {
    outcome: { statement: item.outcomeStatement, metric: item.outcomeMetric, target: item.outcomeTarget, checkBy: item.outcomeCheckBy },
    value: { customer: item.valueCustomer, business: item.valueBusiness, team: item.valueTeam },
  };
}
