import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contracts under governance: the full structured terms, immutable approved versions,
 * change requests with dual approval, and the approval policy of each legal entity.
 */
export class ContractVersions1764770300000 implements MigrationInterface {
  name = 'ContractVersions1764770300000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE contract
        ALTER COLUMN initial_term_months DROP NOT NULL,
        ADD COLUMN contract_type text NOT NULL DEFAULT 'other',
        ADD COLUMN counterparty_legal_name text,
        ADD COLUMN end_date date,
        ADD COLUMN termination_notice_days int CHECK (termination_notice_days >= 0),
        ADD COLUMN terms jsonb,
        ADD COLUMN current_version int,
        ADD COLUMN terminated_on date,
        ADD COLUMN external_ref text,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD CONSTRAINT contract_status_check CHECK (status IN ('draft', 'active', 'terminated')),
        ADD CONSTRAINT contract_entity_id_external_ref_key UNIQUE (entity_id, external_ref)`);
    // Contracts registered before this migration keep their terms, as drafts.
    await runner.query(`
      UPDATE contract SET
        counterparty_legal_name = partner.legal_name,
        terms = jsonb_build_object(
          'title', contract.title, 'contractType', 'other',
          'counterpartyLegalName', partner.legal_name,
          'effectiveDate', contract.effective_date::text,
          'initialTermMonths', contract.initial_term_months, 'endDate', NULL,
          'renewalType', contract.renewal_type,
          'renewalTermMonths', contract.renewal_term_months,
          'noticeDays', contract.notice_days, 'terminationNoticeDays', NULL,
          'complianceClauses', '[]'::jsonb, 'fees', '[]'::jsonb, 'penalties', '[]'::jsonb,
          'paymentSchedule', '[]'::jsonb, 'incentives', '[]'::jsonb,
          'thresholds', '[]'::jsonb, 'performanceClauses', '[]'::jsonb, 'serviceScope', NULL)
      FROM partner WHERE partner.id = contract.partner_id`);
    await runner.query(`
      ALTER TABLE contract
        ALTER COLUMN counterparty_legal_name SET NOT NULL,
        ALTER COLUMN terms SET NOT NULL`);
    await runner.query(`
      CREATE TABLE approval_policy (
        entity_id text PRIMARY KEY REFERENCES legal_entity (id),
        slots jsonb NOT NULL,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      INSERT INTO approval_policy (entity_id, slots, updated_by)
      SELECT id, '[["legal"], ["executive", "strategy"]]'::jsonb, 'migration' FROM legal_entity`);
    await runner.query(`
      CREATE TABLE change_request (
        id uuid PRIMARY KEY,
        entity_id text NOT NULL REFERENCES legal_entity (id),
        contract_id uuid NOT NULL REFERENCES contract (id),
        kind text NOT NULL CHECK (kind IN ('activation', 'amendment', 'termination')),
        status text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
        proposed_terms jsonb,
        changes jsonb,
        effective_date date,
        reason text NOT NULL,
        author_subject text NOT NULL,
        author_username text NOT NULL,
        required_slots jsonb NOT NULL,
        rejected_by text,
        rejection_reason text,
        resulting_version int,
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz
      )`);
    // One open change at a time: a second would be judged against terms that may not last.
    await runner.query(`
      CREATE UNIQUE INDEX change_request_one_pending_idx ON change_request (contract_id)
        WHERE status = 'pending'`);
    await runner.query(`
      CREATE TABLE change_approval (
        change_request_id uuid NOT NULL REFERENCES change_request (id),
        approver_subject text NOT NULL,
        approver_username text NOT NULL,
        approver_roles text[] NOT NULL,
        comment text,
        approved_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (change_request_id, approver_subject)
      )`);
    await runner.query(`
      CREATE TABLE contract_version (
        contract_id uuid NOT NULL REFERENCES contract (id),
        version int NOT NULL CHECK (version > 0),
        entity_id text NOT NULL REFERENCES legal_entity (id),
        kind text NOT NULL CHECK (kind IN ('activation', 'amendment', 'termination')),
        effective_from date NOT NULL,
        terms jsonb NOT NULL,
        changes jsonb NOT NULL,
        reason text NOT NULL,
        author_username text NOT NULL,
        approvers jsonb NOT NULL,
        approved_at timestamptz NOT NULL,
        change_request_id uuid NOT NULL REFERENCES change_request (id),
        PRIMARY KEY (contract_id, version)
      )`);
    await runner.query(`
      CREATE FUNCTION contract_version_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'contract versions are immutable: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await runner.query(`
      CREATE TRIGGER contract_version_no_update_or_delete
        BEFORE UPDATE OR DELETE ON contract_version
        FOR EACH ROW EXECUTE FUNCTION contract_version_is_immutable()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE contract_version');
    await runner.query('DROP FUNCTION contract_version_is_immutable()');
    await runner.query('DROP TABLE change_approval');
    await runner.query('DROP TABLE change_request');
    await runner.query('DROP TABLE approval_policy');
    await runner.query(`
      ALTER TABLE contract
        DROP CONSTRAINT contract_entity_id_external_ref_key,
        DROP CONSTRAINT contract_status_check,
        DROP COLUMN updated_at, DROP COLUMN external_ref, DROP COLUMN terminated_on,
        DROP COLUMN current_version, DROP COLUMN terms, DROP COLUMN termination_notice_days,
        DROP COLUMN end_date, DROP COLUMN counterparty_legal_name, DROP COLUMN contract_type`);
    await runner.query('ALTER TABLE contract ALTER COLUMN initial_term_months SET NOT NULL');
  }
}
