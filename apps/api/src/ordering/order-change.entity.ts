import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP_TYPE } from '../database/column-types';

export type OrderChangeKind = 'MOVE' | 'PROPOSED_ORDER';

/**
 * Why an item sits where it does (CSPO C1.7): every move and every applied proposal,
 * with who, when, the neighbours before and after, the reason and the criterion.
 */
@Entity('order_change')
@Index('ix_order_change_product', ['productId', 'id'])
@Index('ix_order_change_item', ['itemId', 'id'])
export class OrderChangeEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 36 })
  productId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: OrderChangeKind;

  /** The moved item; null for a whole proposed order. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  itemId!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  fromAfterId!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  fromBeforeId!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  toAfterId!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  toBeforeId!: string | null;

  @Column({ type: 'varchar', length: 500, default: '' })
  reason!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  criterion!: string | null;

  /** For PROPOSED_ORDER: how many items changed place. */
  @Column({ type: 'integer', nullable: true })
  movedCount!: number | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'varchar', length: 200 })
  actorLabel!: string;

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  at!: Date;
}
