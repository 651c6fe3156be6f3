import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Bulk imports: partners get an external reference, and each committed import a record. */
export class Imports1764770600000 implements MigrationInterface {
  name = 'Imports1764770600000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE import_batch (
        id uuid PRIMARY KEY,
        entity_id text NOT NULL REFERENCES legal_entity (id),
        kind text NOT NULL CHECK (kind IN ('partners', 'contracts')),
        file_sha256 char(64) NOT NULL,
        rows int NOT NULL,
        created int NOT NULL,
        already_imported int NOT NULL,
        imported_by text NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      ALTER TABLE partner
        ADD COLUMN external_ref text,
        ADD COLUMN import_batch_id uuid REFERENCES import_batch (id),
        ADD CONSTRAINT partner_entity_id_external_ref_key UNIQUE (entity_id, external_ref)`);
    await runner.query(`
      ALTER TABLE contract ADD COLUMN import_batch_id uuid REFERENCES import_batch (id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE contract DROP COLUMN import_batch_id');
    await runner.query(`
      ALTER TABLE partner DROP CONSTRAINT partner_entity_id_external_ref_key,
        DROP COLUMN import_batch_id, DROP COLUMN external_ref`);
    await runner.query('DROP TABLE import_batch');
  }
}
