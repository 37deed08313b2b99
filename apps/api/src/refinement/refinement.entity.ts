import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BacklogItemEntity } from '../backlog/backlog-item.entity';
import { ProductEntity } from '../products/product.entity';
import type { ReadinessCriterion } from '@backlog-studio/domain';
import { TIMESTAMP_TYPE } from '../database/column-types';

export type SessionStatus = 'PLANNED' | 'LIVE' | 'CLOSED';
export type RoundStatus = 'VOTING' | 'REVEALED' | 'ACCEPTED' | 'SUPERSEDED';

/** A product's refinement settings: its estimation scale and its Definition of Ready. */
@Entity('refinement_settings')
@Check('ck_refinement_settings_scale', `"scale" IN ('FIBONACCI', 'MODIFIED_FIBONACCI', 'T_SHIRT', 'POWERS_OF_TWO', 'CUSTOM')`)
export class RefinementSettingsEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  productId!: string;

  @ManyToOne(() => ProductEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'fk_refinement_settings_product' })
  product?: ProductEntity;

  @Column({ type: 'varchar', length: 24 })
  scale!: string;

  @Column({ type: 'simple-json' })
  customCards!: string[];

  @Column({ type: 'simple-json' })
  definitionOfReady!: ReadinessCriterion[];

  @Column({ type: 'integer' })
  sprintSizeLimit!: number;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}

/** A refinement workshop: planned → live → closed; at most one live per product. */
@Entity('refinement_session')
@Check('ck_refinement_session_status', `"status" IN ('PLANNED', 'LIVE', 'CLOSED')`)
@Index('uq_refinement_session_live', ['productId'], { unique: true, where: `"status" = 'LIVE'` })
export class RefinementSessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('ix_refinement_session_product')
  @Column({ type: 'varchar', length: 36 })
  productId!: string;

  @ManyToOne(() => ProductEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'fk_refinement_session_product' })
  product?: ProductEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 8 })
  status!: SessionStatus;

  @Column({ type: 'varchar', length: 36 })
  facilitatorId!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  focusItemId!: string | null;

  @Column({ type: TIMESTAMP_TYPE, nullable: true })
  scheduledFor!: Date | null;

  @Column({ type: TIMESTAMP_TYPE, nullable: true })
  startedAt!: Date | null;

  @Column({ type: TIMESTAMP_TYPE, nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  createdAt!: Date;
}

/** An item on a session's agenda, in order, with an optional timebox and the time spent on it. */
@Entity('refinement_agenda_item')
@Index('uq_refinement_agenda_item', ['sessionId', 'itemId'], { unique: true })
export class RefinementAgendaItemEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  sessionId!: string;

  @Index('ix_refinement_agenda_item_item')
  @ManyToOne(() => RefinementSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_refinement_agenda_item_session' })
  session?: RefinementSessionEntity;

  @Column({ type: 'varchar', length: 36 })
  itemId!: string;

  @ManyToOne(() => BacklogItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'fk_refinement_agenda_item_item' })
  item?: BacklogItemEntity;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'integer', nullable: true })
  timeboxMinutes!: number | null;

  @Column({ type: 'integer', default: 0 })
  secondsSpent!: number;

  /** When the item came into focus (null when it is not in focus). */
  @Column({ type: TIMESTAMP_TYPE, nullable: true })
  focusSince!: Date | null;

  @Column({ type: TIMESTAMP_TYPE, nullable: true })
  madeReadyAt!: Date | null;
}

/** Who takes part; `connections` counts live subscriptions, so presence survives a second tab. */
@Entity('refinement_participant')
export class RefinementParticipantEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  sessionId!: string;

  @ManyToOne(() => RefinementSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_refinement_participant_session' })
  session?: RefinementSessionEntity;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  userId!: string;

  @Column({ type: 'varchar', length: 200 })
  label!: string;

  @Column({ type: 'integer', default: 0 })
  connections!: number;

  @Column({ type: TIMESTAMP_TYPE })
  joinedAt!: Date;

  @Column({ type: TIMESTAMP_TYPE, nullable: true })
  leftAt!: Date | null;
}

/** One estimation round on one item; votes stay hidden until it is revealed. */
@Entity('estimation_round')
@Check('ck_estimation_round_status', `"status" IN ('VOTING', 'REVEALED', 'ACCEPTED', 'SUPERSEDED')`)
export class EstimationRoundEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('ix_estimation_round_session')
  @Column({ type: 'varchar', length: 36 })
  sessionId!: string;

  @ManyToOne(() => RefinementSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_estimation_round_session' })
  session?: RefinementSessionEntity;

  @Index('ix_estimation_round_item')
  @Column({ type: 'varchar', length: 36 })
  itemId!: string;

  @ManyToOne(() => BacklogItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'fk_estimation_round_item' })
  item?: BacklogItemEntity;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 12 })
  status!: RoundStatus;

  @Column({ type: 'simple-json' })
  cards!: string[];

  @Column({ type: 'varchar', length: 16, nullable: true })
  acceptedCard!: string | null;

  @Column({ type: 'varchar', length: 36 })
  openedBy!: string;

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  openedAt!: Date;

  @Column({ type: TIMESTAMP_TYPE, nullable: true })
  revealedAt!: Date | null;
}

@Entity('estimation_vote')
export class EstimationVoteEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  roundId!: string;

  @ManyToOne(() => EstimationRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_estimation_vote_round' })
  round?: EstimationRoundEntity;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  userId!: string;

  @Column({ type: 'varchar', length: 16 })
  card!: string;

  @Column({ type: TIMESTAMP_TYPE })
  votedAt!: Date;
}

/** A question raised about an item (in a session or not); open until answered. */
@Entity('refinement_question')
export class RefinementQuestionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('ix_refinement_question_item')
  @Column({ type: 'varchar', length: 36 })
  itemId!: string;

  @ManyToOne(() => BacklogItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'fk_refinement_question_item' })
  item?: BacklogItemEntity;

  @Column({ type: 'varchar', length: 36, nullable: true })
  sessionId!: string | null;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'varchar', length: 200 })
  askedBy!: string;

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  askedAt!: Date;

  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  answeredBy!: string | null;

  @Column({ type: TIMESTAMP_TYPE, nullable: true })
  answeredAt!: Date | null;
}

/** A child split from an item, with the SPIDR pattern used. */
@Entity('item_split')
@Check('ck_item_split_pattern', `"pattern" IN ('SPIKE', 'PATHS', 'INTERFACES', 'DATA', 'RULES')`)
export class ItemSplitEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  childId!: string;

  @ManyToOne(() => BacklogItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'child_id', foreignKeyConstraintName: 'fk_item_split_child' })
  child?: BacklogItemEntity;

  @Index('ix_item_split_parent')
  @Column({ type: 'varchar', length: 36 })
  parentId!: string;

  @ManyToOne(() => BacklogItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_item_split_parent' })
  parent?: BacklogItemEntity;

  @Column({ type: 'varchar', length: 12 })
  pattern!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  sessionId!: string | null;

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  at!: Date;
}
