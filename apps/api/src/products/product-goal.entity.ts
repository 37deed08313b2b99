import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { GoalStatus } from '@backlog-studio/domain';
import { TIMESTAMP_TYPE } from '../database/column-types';
import { ProductEntity } from './product.entity';

@Entity('product_goal')
@Check('ck_product_goal_status', `"status" IN ('ACTIVE', 'FULFILLED', 'ABANDONED')`)
// At most one active Product Goal per product, held by the database as well as the service.
@Index('uq_product_goal_active', ['productId'], { unique: true, where: `"status" = 'ACTIVE'` })
export class ProductGoalEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('ix_product_goal_product')
  @Column({ type: 'varchar', length: 36 })
  productId!: string;

  @ManyToOne(() => ProductEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'fk_product_goal_product' })
  product?: ProductEntity;

  @Column({ type: 'text' })
  statement!: string;

  @Column({ type: 'text', default: '' })
  measure!: string;

  @Column({ type: 'date', nullable: true })
  targetDate!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: GoalStatus;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  createdAt!: Date;

  @UpdateDateColumn({ type: TIMESTAMP_TYPE })
  updatedAt!: Date;
}
