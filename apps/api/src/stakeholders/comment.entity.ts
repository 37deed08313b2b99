import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { TIMESTAMP_TYPE } from '../database/column-types';

export type CommentTarget = 'BACKLOG_ITEM' | 'PRODUCT_GOAL';

/** Feedback on an item or the Product Goal, by any member; edits are kept in the change log. */
@Entity('comment')
@Index('ix_comment_target', ['targetId', 'createdAt'])
export class CommentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  productId!: string;

  @Column({ type: 'varchar', length: 16 })
  targetType!: CommentTarget;

  @Column({ type: 'varchar', length: 36 })
  targetId!: string;

  @Column({ type: 'varchar', length: 36 })
  authorUserId!: string;

  @Column({ type: 'varchar', length: 200 })
  authorLabel!: string;

  @Column({ type: 'text' })
  body!: string;

  /** User ids of the members mentioned with @email. */
  @Column({ type: 'simple-json' })
  mentions!: string[];

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  createdAt!: Date;

  @Column({ type: TIMESTAMP_TYPE, nullable: true })
  editedAt!: Date | null;
}
