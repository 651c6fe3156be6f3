import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The alerts service's own projection of contract terms, fed by contract events only. */
export class CreateRenewalSchedule1764770200000 implements MigrationInterface {
  name = 'CreateRenewalSchedule1764770200000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE renewal_schedule (
        contract_id uuid PRIMARY KEY,
        entity_id text NOT NULL,
        entity_time_zone text NOT NULL,
        partner_id uuid NOT NULL,
        partner_name text NOT NULL,
        partner_category text NOT NULL,
        title text NOT NULL,
        effective_date date NOT NULL,
        initial_term_months int NOT NULL,
        renewal_type text NOT NULL,
        renewal_term_months int,
        notice_days int NOT NULL,
        source_event_id uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query('CREATE INDEX renewal_schedule_entity_idx ON renewal_schedule (entity_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE renewal_schedule');
  }
}
