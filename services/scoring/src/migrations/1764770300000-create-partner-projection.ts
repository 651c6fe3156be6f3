import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Scoring's own view of the partners it will score, fed by partner events. */
export class CreatePartnerProjection1764770300000 implements MigrationInterface {
  name = 'CreatePartnerProjection1764770300000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE scored_partner (
        partner_id uuid PRIMARY KEY,
        entity_id text NOT NULL,
        legal_name text NOT NULL,
        category text NOT NULL,
        status text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query('CREATE INDEX scored_partner_entity_idx ON scored_partner (entity_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE scored_partner');
  }
}
