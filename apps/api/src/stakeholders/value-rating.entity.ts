import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ValuePerspective, ValueRaterGroup } from '@backlog-studio/domain';
import { TIMESTAMP_TYPE } from '../database/column-types';

/** A stakeholder's view of an item's value (relative 0–20) with a one-line rationale. */
@Entity('value_rating')
@Index('uq_value_rating', ['itemId', 'stakeholderId'], { unique: true })
@Check('ck_value_rating_value', `"value" >= 0 AND "value" <= 20`)
export class ValueRatingEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('ix_value_rating_product')
  @Column({ type: 'varchar', length: 36 })
  productId!: string;

  @Column({ type: 'varchar', length: 36 })
  itemId!: string;

  @Column({ type: 'varchar', length: 36 })
  stakeholderId!: string;

  @Column({ type: 'varchar', length: 16 })
  raterGroup!: ValueRaterGroup;

  @Column({ type: 'varchar', length: 16 })
  perspective!: ValuePerspective;

  @Column({ type: 'integer' })
  value!: number;

  @Column({ type: 'varchar', length: 200, default: '' })
  rationale!: string;

  @Column({ type: 'varchar', length: 200 })
  ratedBy!: string;

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  createdAt!: Date;

  @UpdateDateColumn({ type: TIMESTAMP_TYPE })
  updatedAt!: Date;
}
