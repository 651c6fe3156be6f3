import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The claim on a quarter's recomputation: whichever replica inserts it runs it, beating the
 * heartbeat as it goes; an unfinished claim whose heartbeat stopped can be taken over.
 */
@Entity({ name: 'quarterly_run' })
export class QuarterlyRun {
  @PrimaryColumn('text')
  quarter!: string;

  @Column({ name: 'claimed_by', type: 'text' })
  claimedBy!: string;

  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' })
  startedAt!: Date;

  @Column({ name: 'heartbeat_at', type: 'timestamptz', default: () => 'now()' })
  heartbeatAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'int', nullable: true })
  partners!: number | null;
}
