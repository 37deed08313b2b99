import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ProductRole } from '@backlog-studio/domain';
import { TIMESTAMP_TYPE } from '../database/column-types';
import { ProductEntity } from '../products/product.entity';
import { UserEntity } from './user.entity';

export type MembershipStatus = 'ACTIVE' | 'PENDING';

/**
 * A person's role on a product. An invitation is a PENDING membership keyed by email
 * address; it becomes ACTIVE when the invited user accepts it after signing up or in.
 */
@Entity('membership')
@Check('ck_membership_role', `"role" IN ('PRODUCT_OWNER', 'DEVELOPER', 'STAKEHOLDER', 'COACH')`)
@Check('ck_membership_status', `"status" IN ('ACTIVE', 'PENDING')`)
@Index('uq_membership_email', ['productId', 'email'], { unique: true })
// Exactly one product owner per product: never two (here), never none (the service).
@Index('uq_membership_one_owner', ['productId'], { unique: true, where: `"role" = 'PRODUCT_OWNER'` })
export class MembershipEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  productId!: string;

  @ManyToOne(() => ProductEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'fk_membership_product' })
  product?: ProductEntity;

  @Index('ix_membership_user')
  @Column({ type: 'varchar', length: 36, nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_membership_user' })
  user?: UserEntity | null;

  @Index('ix_membership_invited_email')
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: ProductRole;

  @Column({ type: 'varchar', length: 16 })
  status!: MembershipStatus;

  @Column({ type: 'varchar', length: 36, nullable: true })
  invitedBy!: string | null;

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  createdAt!: Date;
}
