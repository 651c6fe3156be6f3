import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Signed agreements and amendments, kept with their SHA-256 and never changed. */
export class Documents1764770500000 implements MigrationInterface {
  name = 'Documents1764770500000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE contract_document (
        id uuid PRIMARY KEY,
        entity_id text NOT NULL REFERENCES legal_entity (id),
        contract_id uuid NOT NULL REFERENCES contract (id),
        version int,
        kind text NOT NULL CHECK (kind IN ('signed_agreement', 'amendment', 'other')),
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes int NOT NULL CHECK (size_bytes > 0),
        sha256 char(64) NOT NULL,
        content bytea NOT NULL,
        uploaded_by text NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      'CREATE INDEX contract_document_contract_idx ON contract_document (contract_id, uploaded_at)',
    );
    await runner.query(`
      CREATE FUNCTION contract_document_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'contract documents are kept as uploaded: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await runner.query(`
      CREATE TRIGGER contract_document_no_update_or_delete
        BEFORE UPDATE OR DELETE ON contract_document
        FOR EACH ROW EXECUTE FUNCTION contract_document_is_immutable()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE contract_document');
    await runner.query('DROP FUNCTION contract_document_is_immutable()');
  }
}
