import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The schedule now follows approved contract versions instead of drafts: terms may end on
 * an explicit date, a terminated contract leaves the calendar, and an older version never
 * overwrites a newer one.
 */
export class ProjectApprovedVersions1764770300000 implements MigrationInterface {
  name = 'ProjectApprovedVersions1764770300000';

  async up(runner: QueryRunner): Promise<void> {
    // Rows so far came from drafts, which are not in force; the contracts service turned
    // every earlier contract into a draft, so none of these rows describes a live contract.
    await runner.query('DELETE FROM renewal_schedule');
    await runner.query(`
      ALTER TABLE renewal_schedule
        ALTER COLUMN initial_term_months DROP NOT NULL,
        ADD COLUMN end_date date,
        ADD COLUMN version int NOT NULL,
        ADD COLUMN status text NOT NULL CHECK (status IN ('active', 'terminated')),
        ADD COLUMN terminated_on date`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE renewal_schedule
        DROP COLUMN terminated_on, DROP COLUMN status, DROP COLUMN version, DROP COLUMN end_date`);
    await runner.query('DELETE FROM renewal_schedule WHERE initial_term_months IS NULL');
    await runner.query(
      'ALTER TABLE renewal_schedule ALTER COLUMN initial_term_months SET NOT NULL',
    );
  }
}
