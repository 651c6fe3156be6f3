import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Who closed a review or monitoring task, when, and what was done. */
export class TaskCompletion1764771300000 implements MigrationInterface {
  name = 'TaskCompletion1764771300000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE scoring_task
        ADD COLUMN completed_by text,
        ADD COLUMN completed_at timestamptz,
        ADD COLUMN outcome text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      'ALTER TABLE scoring_task DROP COLUMN completed_by, DROP COLUMN completed_at, DROP COLUMN outcome',
    );
  }
}
