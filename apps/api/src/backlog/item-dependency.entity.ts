import { Check, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Column } from 'typeorm';
import { TIMESTAMP_TYPE } from '../database/column-types';
import { BacklogItemEntity } from './backlog-item.entity';

/** `itemId` depends on `dependsOnId`: the latter must be done (and ordered) first. */
@Entity('item_dependency')
@Check('ck_item_dependency_not_self', `"item_id" <> "depends_on_id"`)
export class ItemDependencyEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  itemId!: string;

  @Index('ix_item_dependency_depends_on')
  @PrimaryColumn({ type: 'varchar', length: 36 })
  dependsOnId!: string;

  @Index('ix_item_dependency_product')
  @Column({ type: 'varchar', length: 36 })
  productId!: string;

  @ManyToOne(() => BacklogItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'fk_item_dependency_item' })
  item?: BacklogItemEntity;

  @ManyToOne(() => BacklogItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'depends_on_id', foreignKeyConstraintName: 'fk_item_dependency_depends_on' })
  dependsOn?: BacklogItemEntity;

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  createdAt!: Date;
}
