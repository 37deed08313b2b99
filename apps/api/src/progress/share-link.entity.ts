import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { TIMESTAMP_TYPE } from '../database/column-types';

/** A revocable read-only link to a product's progress report; only the token's hash is stored. */
@Entity('share_link')
export class ShareLinkEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('ix_share_link_product')
  @Column({ type: 'varchar', length: 36 })
  productId!: string;

  @Index('uq_share_link_token', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ type: 'varchar', length: 200 })
  createdBy!: string;

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  createdAt!: Date;

  @Column({ type: TIMESTAMP_TYPE, nullable: true })
  revokedAt!: Date | null;
}
