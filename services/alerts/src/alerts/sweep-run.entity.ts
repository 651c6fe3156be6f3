import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The claim on one entity's daily sweep: whichever replica inserts it runs the sweep, and
 * beats the heartbeat as it goes; an unfinished claim whose heartbeat stopped can be taken.
 */
@Entity({ name: 'sweep_run' })
export class SweepRun {
  @PrimaryColumn({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @PrimaryColumn({ name: 'run_date', type: 'date' })
  runDate!: string;

  @Column({ name: 'claimed_by', type: 'text' })
  claimedBy!: string;

  @CreateDateColumn({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'heartbeat_at', type: 'timestamptz', default: () => 'now()' })
  heartbeatAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'int', nullable: true })
  contracts!: number | null;

  @Column({ name: 'alerts_raised', type: 'int', nullable: true })
  alertsRaised!: number | null;
}
