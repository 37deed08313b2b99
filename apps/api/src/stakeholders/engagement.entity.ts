import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { EngagementTechnique } from '@backlog-studio/domain';
import { TIMESTAMP_TYPE } from '../database/column-types';

/** One engagement with stakeholders: when, how, who took part, what was discussed. */
@Entity('engagement')
@Index('ix_engagement_product', ['productId', 'date'])
export class EngagementEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  productId!: string;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'varchar', length: 24 })
  technique!: EngagementTechnique;

  /** Developers met the stakeholders themselves (CSPO C3.5). */
  @Column({ type: 'boolean', default: false })
  developersPresent!: boolean;

  @Column({ type: 'text', default: '' })
  notes!: string;

  @Column({ type: 'simple-json' })
  itemIds!: string[];

  @Column({ type: 'varchar', length: 200 })
  loggedBy!: string;

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  createdAt!: Date;
}

@Entity('engagement_participant')
export class EngagementParticipantEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  engagementId!: string;

  @Index('ix_engagement_participant_stakeholder')
  @PrimaryColumn({ type: 'varchar', length: 36 })
  stakeholderId!: string;

  @Column({ type: 'date' })
  date!: string;
}
