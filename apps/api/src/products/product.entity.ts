import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { TIMESTAMP_TYPE } from '../database/column-types';

@Entity('product')
export class ProductEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  // Product Vision Board (Roman Pichler): five boxes, free text each.
  @Column({ type: 'text', default: '' })
  vision!: string;

  @Column({ type: 'text', default: '' })
  targetGroup!: string;

  @Column({ type: 'text', default: '' })
  needs!: string;

  @Column({ type: 'text', default: '' })
  productSummary!: string;

  @Column({ type: 'text', default: '' })
  businessGoals!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  createdAt!: Date;

  @UpdateDateColumn({ type: TIMESTAMP_TYPE })
  updatedAt!: Date;
}
