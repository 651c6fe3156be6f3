import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Obligations derived from approved contract terms, and their outcomes. */
export class Obligations1764770400000 implements MigrationInterface {
  name = 'Obligations1764770400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE obligation (
        id uuid PRIMARY KEY,
        entity_id text NOT NULL REFERENCES legal_entity (id),
        contract_id uuid NOT NULL REFERENCES contract (id),
        source_key text NOT NULL,
        source text NOT NULL CHECK (source IN
          ('payment', 'threshold', 'performance_clause', 'compliance_clause')),
        description text NOT NULL,
        due_date date NOT NULL,
        owner_function text NOT NULL CHECK (owner_function IN ('finance', 'operations', 'legal')),
        amount jsonb,
        status text NOT NULL CHECK (status IN ('upcoming', 'met', 'missed', 'waived', 'superseded')),
        evidence text,
        decided_by text,
        decided_at timestamptz,
        derived_from_version int NOT NULL,
        superseded_by_version int,
        CONSTRAINT obligation_contract_id_source_key_key UNIQUE (contract_id, source_key)
      )`);
    await runner.query(
      'CREATE INDEX obligation_entity_due_idx ON obligation (entity_id, status, due_date)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE obligation');
  }
}
