import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partners become governed relationships (lifecycle, owners, strategic designation,
 * capabilities, external ids), interactions are logged against them, and every write
 * lands in an append-only, hash-chained audit log.
 */
export class GovernedRegistry1764770200000 implements MigrationInterface {
  name = 'GovernedRegistry1764770200000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE partner
        ADD COLUMN capabilities text[] NOT NULL DEFAULT '{}',
        ADD COLUMN owner_username text,
        ADD COLUMN sponsor_username text,
        ADD COLUMN strategic jsonb,
        ADD COLUMN crm_id text,
        ADD COLUMN erp_id text,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD CONSTRAINT partner_status_check CHECK (status IN
          ('prospect', 'onboarding', 'active', 'under_review', 'exiting', 'exited')),
        ADD CONSTRAINT partner_entity_id_crm_id_key UNIQUE (entity_id, crm_id),
        ADD CONSTRAINT partner_entity_id_erp_id_key UNIQUE (entity_id, erp_id)`);
    await runner.query(`
      CREATE TABLE partner_status_change (
        id uuid PRIMARY KEY,
        partner_id uuid NOT NULL REFERENCES partner (id),
        from_status text NOT NULL,
        to_status text NOT NULL,
        reason text NOT NULL,
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      'CREATE INDEX partner_status_change_partner_idx ON partner_status_change (partner_id, changed_at)',
    );
    await runner.query(`
      CREATE TABLE interaction (
        id uuid PRIMARY KEY,
        entity_id text NOT NULL REFERENCES legal_entity (id),
        partner_id uuid NOT NULL REFERENCES partner (id),
        kind text NOT NULL CHECK (kind IN ('meeting', 'call', 'email', 'review')),
        occurred_on date NOT NULL,
        participants text[] NOT NULL,
        summary text NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      'CREATE INDEX interaction_partner_idx ON interaction (partner_id, occurred_on)',
    );
    await runner.query(`
      CREATE TABLE audit_record (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        entity_id text NOT NULL,
        occurred_at timestamptz NOT NULL,
        actor text NOT NULL,
        actor_username text NOT NULL,
        action text NOT NULL,
        aggregate_type text NOT NULL,
        aggregate_id text NOT NULL,
        before jsonb,
        after jsonb,
        reason text,
        request_id text,
        trace_id text,
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL
      )`);
    await runner.query('CREATE INDEX audit_record_entity_seq_idx ON audit_record (entity_id, seq)');
    await runner.query(
      'CREATE INDEX audit_record_aggregate_idx ON audit_record (aggregate_id, seq)',
    );
    // The service connects as a role that could write any table, so immutability is
    // enforced by the table itself: no UPDATE, DELETE or TRUNCATE ever succeeds.
    await runner.query(`
      CREATE FUNCTION audit_record_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_record is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await runner.query(`
      CREATE TRIGGER audit_record_no_update_or_delete
        BEFORE UPDATE OR DELETE ON audit_record
        FOR EACH ROW EXECUTE FUNCTION audit_record_is_append_only()`);
    await runner.query(`
      CREATE TRIGGER audit_record_no_truncate
        BEFORE TRUNCATE ON audit_record
        FOR EACH STATEMENT EXECUTE FUNCTION audit_record_is_append_only()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE audit_record');
    await runner.query('DROP FUNCTION audit_record_is_append_only()');
    await runner.query('DROP TABLE interaction');
    await runner.query('DROP TABLE partner_status_change');
    await runner.query(`
      ALTER TABLE partner
        DROP CONSTRAINT partner_entity_id_erp_id_key,
        DROP CONSTRAINT partner_entity_id_crm_id_key,
        DROP CONSTRAINT partner_status_check,
        DROP COLUMN updated_at, DROP COLUMN erp_id, DROP COLUMN crm_id, DROP COLUMN strategic,
        DROP COLUMN sponsor_username, DROP COLUMN owner_username, DROP COLUMN capabilities`);
  }
}
