import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The next day each contract can have a new alert: the daily sweep reads only the contracts
 * whose day has come (or that were never evaluated), not every contract.
 */
export class NextDue1764770800000 implements MigrationInterface {
  name = 'NextDue1764770800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE renewal_schedule ADD COLUMN next_due_on date');
    await runner.query(
      'CREATE INDEX renewal_schedule_next_due_idx ON renewal_schedule (entity_id, next_due_on)',
    );
    // The calendar pages by (deadline, contract): with both in the index, a page is read in
    // order and stops at its limit instead of sorting every renewal in the range.
    await runner.query('DROP INDEX renewal_schedule_deadline_idx');
    await runner.query(
      'CREATE INDEX renewal_schedule_deadline_idx ON renewal_schedule (entity_id, action_deadline, contract_id)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX renewal_schedule_deadline_idx');
    await runner.query(
      'CREATE INDEX renewal_schedule_deadline_idx ON renewal_schedule (entity_id, action_deadline)',
    );
    await runner.query('DROP INDEX renewal_schedule_next_due_idx');
    await runner.query('ALTER TABLE renewal_schedule DROP COLUMN next_due_on');
  }
}
