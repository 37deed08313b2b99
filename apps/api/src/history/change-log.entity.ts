import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP_TYPE } from '../database/column-types';

export type ChangeEntityType = 'PRODUCT' | 'PRODUCT_GOAL' | 'BACKLOG_ITEM' | 'COMMENT';

/**
 * One changed field of one entity: nothing is lost. Written in the same transaction as
 * the change it records. Values are JSON text so any field type round-trips.
 */
@Entity('change_log')
@Index('ix_change_log_entity', ['entityId', 'id'])
export class ChangeLogEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('ix_change_log_product')
  @Column({ type: 'varchar', length: 36 })
  productId!: string;

  @Column({ type: 'varchar', length: 16 })
  entityType!: ChangeEntityType;

  @Column({ type: 'varchar', length: 36 })
  entityId!: string;

  /** The version the entity reached with this change. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 64 })
  field!: string;

  @Column({ type: 'text', nullable: true })
  oldValue!: string | null;

  @Column({ type: 'text', nullable: true })
  newValue!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'varchar', length: 200 })
  actorLabel!: string;

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  at!: Date;
}
