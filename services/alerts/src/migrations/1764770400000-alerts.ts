import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Alerts raised once per (contract, key), per-user acknowledgements, renewal decisions,
 * the owners and sponsors of partners (from partner events), per-entity alert policies and
 * the claims that keep a daily sweep to one replica.
 */
export class Alerts1764770400000 implements MigrationInterface {
  name = 'Alerts1764770400000';

  async up(runner: QueryRunner): Promise<void> {
    // The day the current terms became known, in the entity's zone: alerts that fell due
    // before it are not all worth raising (see alert-plan.ts).
    // Contracts already tracked are taken as known from today.
    await runner.query(`
      ALTER TABLE renewal_schedule ADD COLUMN known_since date NOT NULL DEFAULT CURRENT_DATE`);
    await runner.query('ALTER TABLE renewal_schedule ALTER COLUMN known_since DROP DEFAULT');
    await runner.query(`
      CREATE TABLE partner_contact (
        partner_id uuid PRIMARY KEY,
        entity_id text NOT NULL,
        owner_username text,
        sponsor_username text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE renewal_decision (
        id uuid PRIMARY KEY,
        contract_id uuid NOT NULL,
        entity_id text NOT NULL,
        term_number int NOT NULL,
        decision text NOT NULL CHECK (decision IN ('renew', 'renegotiate', 'exit')),
        rationale text NOT NULL,
        decided_by text NOT NULL,
        decided_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      'CREATE INDEX renewal_decision_contract_idx ON renewal_decision (contract_id, term_number)',
    );
    await runner.query(`
      CREATE TABLE alert (
        id uuid PRIMARY KEY,
        contract_id uuid NOT NULL,
        entity_id text NOT NULL,
        key text NOT NULL,
        kind text NOT NULL
          CHECK (kind IN ('advance', 'deadline', 'overdue', 'escalation', 'silent_rollover')),
        term_number int NOT NULL,
        action_deadline date NOT NULL,
        offset_days int,
        due_on date NOT NULL,
        raised_on date NOT NULL,
        late boolean NOT NULL,
        recipients text[] NOT NULL,
        partner_id uuid NOT NULL,
        partner_name text NOT NULL,
        title text NOT NULL,
        raised_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT alert_contract_id_key_key UNIQUE (contract_id, key)
      )`);
    await runner.query('CREATE INDEX alert_entity_raised_idx ON alert (entity_id, raised_at)');
    await runner.query('CREATE INDEX alert_recipients_idx ON alert USING gin (recipients)');
    await runner.query(`
      CREATE TABLE alert_ack (
        alert_id uuid NOT NULL REFERENCES alert (id),
        username text NOT NULL,
        acknowledged_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (alert_id, username)
      )`);
    await runner.query(`
      CREATE TABLE alert_policy (
        entity_id text NOT NULL,
        category text NOT NULL,
        offsets int[] NOT NULL,
        escalation_threshold_days int NOT NULL CHECK (escalation_threshold_days > 0),
        escalation_repeat_days int NOT NULL CHECK (escalation_repeat_days > 0),
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (entity_id, category)
      )`);
    await runner.query(`
      CREATE TABLE sweep_run (
        entity_id text NOT NULL,
        run_date date NOT NULL,
        claimed_by text NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        contracts int,
        alerts_raised int,
        PRIMARY KEY (entity_id, run_date)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE sweep_run');
    await runner.query('DROP TABLE alert_policy');
    await runner.query('DROP TABLE alert_ack');
    await runner.query('DROP TABLE alert');
    await runner.query('DROP TABLE renewal_decision');
    await runner.query('DROP TABLE partner_contact');
    await runner.query('ALTER TABLE renewal_schedule DROP COLUMN known_since');
  }
}
