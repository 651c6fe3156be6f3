import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When a sweep last showed progress, so a sweep whose replica died can be claimed again. */
export class SweepHeartbeat1764771000000 implements MigrationInterface {
  name = 'SweepHeartbeat1764771000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'ALTER TABLE sweep_run ADD COLUMN heartbeat_at timestamptz NOT NULL DEFAULT now()',
    );
    await runner.query('UPDATE sweep_run SET heartbeat_at = coalesce(finished_at, started_at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE sweep_run DROP COLUMN heartbeat_at');
  }
}
