import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TIMESTAMP_TYPE } from '../database/column-types';
import { UserEntity } from './user.entity';

/**
 * A signed-in session. The bearer token is `<id>.<secret>`; only an HMAC of the whole token
 * (keyed by AUTH_SECRET) is stored, so a database leak yields no usable token.
 */
@Entity('auth_session')
export class SessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('ix_auth_session_user')
  @Column({ type: 'varchar', length: 36 })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_auth_session_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ type: TIMESTAMP_TYPE })
  expiresAt!: Date;

  @Column({ type: TIMESTAMP_TYPE, nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  createdAt!: Date;
}
