import type { MigrationInterface, QueryRunner } from 'typeorm';

const RISKS =
  "'contract_lapse', 'overdependence', 'vendor_failure', 'strategic_misalignment', 'relationship_decay'";
const STATUSES = "'planned', 'in_progress', 'mitigated', 'accepted'";

/**
 * The quarterly cadence (a claimed run per quarter, a review per active partner per
 * quarter), what the risk register reads (the sponsor's last interaction, the renewal
 * alerts of each contract) and what people record against risks (mitigation status,
 * diversification plans).
 */
export class ReviewsRisksAndPlans1764771200000 implements MigrationInterface {
  name = 'ReviewsRisksAndPlans1764771200000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE quarterly_run (
        quarter text PRIMARY KEY,
        claimed_by text NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        heartbeat_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        partners int
      )`);
    await runner.query(`
      CREATE TABLE relationship_review (
        id uuid PRIMARY KEY,
        partner_id uuid NOT NULL,
        entity_id text NOT NULL,
        quarter text NOT NULL,
        due_on date NOT NULL,
        status text NOT NULL DEFAULT 'open',
        opened_at timestamptz NOT NULL DEFAULT now(),
        completed_by text,
        completed_at timestamptz,
        notes text,
        assessment_id uuid,
        CONSTRAINT relationship_review_status_check CHECK (status IN ('open', 'completed')),
        CONSTRAINT relationship_review_partner_quarter_key UNIQUE (partner_id, quarter)
      )`);
    await runner.query(
      'CREATE INDEX relationship_review_entity_idx ON relationship_review (entity_id, status, due_on)',
    );
    // What portfolio views read of the latest score (revenue over its window, the strategic
    // and reliability sub-scores), kept with the partner: one row per partner to scan rather
    // than every month reported and every score ever computed.
    await runner.query(`
      ALTER TABLE scored_partner
        ADD COLUMN sponsor_last_interaction_on date,
        ADD COLUMN window_revenue_minor bigint,
        ADD COLUMN revenue_currency char(3),
        ADD COLUMN strategic_score numeric(4, 1),
        ADD COLUMN reliability_score numeric(4, 1)`);
    await runner.query(`
      CREATE TABLE contract_renewal_risk (
        contract_id uuid PRIMARY KEY,
        partner_id uuid NOT NULL,
        entity_id text NOT NULL,
        term_number int NOT NULL,
        action_deadline date NOT NULL,
        last_alert_kind text NOT NULL,
        raised_on date NOT NULL,
        decided boolean NOT NULL DEFAULT false
      )`);
    await runner.query(
      'CREATE INDEX contract_renewal_risk_partner_idx ON contract_renewal_risk (partner_id)',
    );
    await runner.query(`
      CREATE TABLE risk_mitigation (
        id uuid PRIMARY KEY,
        partner_id uuid NOT NULL,
        entity_id text NOT NULL,
        risk text NOT NULL,
        status text NOT NULL,
        note text NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT risk_mitigation_risk_check CHECK (risk IN (${RISKS})),
        CONSTRAINT risk_mitigation_status_check CHECK (status IN (${STATUSES}))
      )`);
    await runner.query(
      'CREATE INDEX risk_mitigation_partner_idx ON risk_mitigation (partner_id, risk, recorded_at)',
    );
    await runner.query(`
      CREATE TABLE diversification_plan (
        id uuid PRIMARY KEY,
        entity_id text NOT NULL,
        capability text NOT NULL,
        plan text NOT NULL,
        owner_username text NOT NULL,
        target_date date NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      'CREATE INDEX diversification_plan_entity_idx ON diversification_plan (entity_id, capability)',
    );
    for (const table of ['risk_mitigation', 'diversification_plan']) {
      await runner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
         FOR EACH ROW EXECUTE FUNCTION scoring_history_is_append_only()`,
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'diversification_plan',
      'risk_mitigation',
      'contract_renewal_risk',
      'relationship_review',
      'quarterly_run',
    ]) {
      await runner.query(`DROP TABLE ${table}`);
    }
    await runner.query(`
      ALTER TABLE scored_partner DROP COLUMN sponsor_last_interaction_on,
        DROP COLUMN window_revenue_minor, DROP COLUMN revenue_currency,
        DROP COLUMN strategic_score, DROP COLUMN reliability_score`);
  }
}
