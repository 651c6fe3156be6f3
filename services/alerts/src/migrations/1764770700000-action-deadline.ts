import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each contract's current action deadline, kept by every evaluation, so the calendar can
 * find the renewals of a date range through an index instead of computing them all.
 */
export class ActionDeadline1764770700000 implements MigrationInterface {
  name = 'ActionDeadline1764770700000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE renewal_schedule ADD COLUMN action_deadline date');
    await runner.query(
      'CREATE INDEX renewal_schedule_deadline_idx ON renewal_schedule (entity_id, action_deadline)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX renewal_schedule_deadline_idx');
    await runner.query('ALTER TABLE renewal_schedule DROP COLUMN action_deadline');
  }
}
