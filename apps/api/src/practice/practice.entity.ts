import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { TIMESTAMP_TYPE } from '../database/column-types';

/** One scored attempt at a practice exercise; the score is the server's, never the client's. */
@Entity('practice_attempt')
@Index('ix_practice_attempt_user', ['userId', 'at'])
export class PracticeAttemptEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  userId!: string;

  @Column({ type: 'varchar', length: 80 })
  exerciseId!: string;

  @Column({ type: 'varchar', length: 8 })
  objective!: string;

  @Column({ type: 'text' })
  answer!: string;

  @Column({ type: 'double precision' })
  score!: number;

  @Column({ type: 'boolean' })
  correct!: boolean;

  @Column({ type: 'integer', nullable: true })
  durationMs!: number | null;

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  at!: Date;
}

/** A saved run of the coach's outcome-versus-output simulation, to compare side by side. */
@Entity('simulation_run')
@Index('ix_simulation_run_user', ['userId', 'createdAt'])
export class SimulationRunEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  userId!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'simple-json' })
  params!: Record<string, number>;

  /** The strategy as given (JSON text). */
  @Column({ type: 'text' })
  strategy!: string;

  /** The totals the server computed (JSON text). */
  @Column({ type: 'text' })
  totals!: string;

  @CreateDateColumn({ type: TIMESTAMP_TYPE })
  createdAt!: Date;
}
