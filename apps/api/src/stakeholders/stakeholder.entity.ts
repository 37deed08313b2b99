import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { EngagementTechnique, StakeholderGroup } from '@backlog-studio/domain';
import { TIMESTAMP_TYPE } from '../database/column-types';
import { ProductEntity } from '../products/product.entity';

/** A person or group whose interests shape the product (CSPO C1.3, C5.4). */
@Entity('stakeholder')
@Check('ck_stakeholder_power', `"power" >= 0 AND "power" <= 10`)
@Check('ck_stakeholder_interest', `"interest" >= 0 AND "interest" <= 10`)
export class StakeholderEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('ix_stakeholder_product')
  @Column({ type: 'varchar', length: 36 })
  productId!: string;

  @ManyToOne(() => ProductEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'fk_stakeholder_product' })
  product?: ProductEntity;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  stakeholderGroup!: StakeholderGroup;

  /** Restricted: only the product owner reads it. */
  @Column({ type: 'varchar', length: 300, default: '' })
  contact!: string;

  @Column({ type: 'double precision' })
  power!: number;

  @Column({ type: 'double precision' })
  interest!: number;

  @Column({ type: 'simple-json' })
  techniques!: EngagementTechnique[];

  @Column({ type: 'text', default: '' })
  notes!: string;

  /** The member account that speaks for this stakeholder, if any (they may rate value). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  userId!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  createdAt!: Date;

  @UpdateDateColumn({ type: TIMESTAMP_TYPE })
  updatedAt!: Date;
}
