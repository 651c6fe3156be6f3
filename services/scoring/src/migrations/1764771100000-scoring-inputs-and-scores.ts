import type { MigrationInterface, QueryRunner } from 'typeorm';

// Version 1 as it was seeded; later versions are rows written through the API, never edits.
export const MODEL_V1 = {
  weights: {
    carrier: { financial: 0.25, operational: 0.35, strategic: 0.4 },
    strategic_partner: { financial: 0.3, operational: 0.3, strategic: 0.4 },
    vendor: { financial: 0.3, operational: 0.3, strategic: 0.4 },
    opportunistic: { financial: 0.3, operational: 0.3, strategic: 0.4 },
  },
  thresholds: { green: 70, yellow: 50 },
  categoryPriority: { carrier: 4, strategic_partner: 3, vendor: 2, opportunistic: 1 },
};

/**
 * Inputs (financials, KPIs, assessments: append-only, each stamped with its source, period
 * and supplier), versioned scoring models, the score history, and the tasks a status change
 * opens. The partner projection gains what scoring needs: capabilities, owner and sponsor,
 * and the latest score for the portfolio views.
 */
export class ScoringInputsAndScores1764771100000 implements MigrationInterface {
  name = 'ScoringInputsAndScores1764771100000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE scored_partner
        ADD COLUMN capabilities text[] NOT NULL DEFAULT '{}',
        ADD COLUMN owner_username text,
        ADD COLUMN sponsor_username text,
        ADD COLUMN score numeric(4, 1),
        ADD COLUMN score_status text CHECK (score_status IN ('green', 'yellow', 'red')),
        ADD COLUMN scored_at timestamptz,
        ADD COLUMN renegotiation_required boolean NOT NULL DEFAULT false`);
    await runner.query(`
      CREATE TABLE financial_input (
        id uuid PRIMARY KEY,
        partner_id uuid NOT NULL,
        entity_id text NOT NULL,
        period char(7) NOT NULL,
        revenue_minor bigint NOT NULL CHECK (revenue_minor >= 0),
        cost_minor bigint NOT NULL CHECK (cost_minor >= 0),
        currency char(3) NOT NULL,
        source text NOT NULL,
        supplied_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      'CREATE INDEX financial_input_partner_idx ON financial_input (partner_id, period, recorded_at)',
    );
    await runner.query(
      'CREATE INDEX financial_input_entity_idx ON financial_input (entity_id, period)',
    );
    await runner.query(`
      CREATE TABLE kpi_input (
        id uuid PRIMARY KEY,
        partner_id uuid NOT NULL,
        entity_id text NOT NULL,
        period char(7) NOT NULL,
        sla_attainment_pct numeric(5, 2) NOT NULL CHECK (sla_attainment_pct BETWEEN 0 AND 100),
        incidents int NOT NULL CHECK (incidents >= 0),
        response_hours numeric(10, 2) NOT NULL CHECK (response_hours > 0),
        response_target_hours numeric(10, 2) NOT NULL CHECK (response_target_hours > 0),
        source text NOT NULL,
        supplied_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      'CREATE INDEX kpi_input_partner_idx ON kpi_input (partner_id, period, recorded_at)',
    );
    await runner.query(`
      CREATE TABLE assessment (
        id uuid PRIMARY KEY,
        partner_id uuid NOT NULL,
        entity_id text NOT NULL,
        optionality int NOT NULL CHECK (optionality BETWEEN 1 AND 5),
        alignment int NOT NULL CHECK (alignment BETWEEN 1 AND 5),
        comment text NOT NULL,
        assessed_by text NOT NULL,
        assessed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      'CREATE INDEX assessment_partner_idx ON assessment (partner_id, assessed_at)',
    );
    await runner.query(`
      CREATE TABLE scoring_model (
        version int PRIMARY KEY,
        weights jsonb NOT NULL,
        thresholds jsonb NOT NULL,
        category_priority jsonb NOT NULL,
        reason text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `INSERT INTO scoring_model (version, weights, thresholds, category_priority, reason, created_by)
       VALUES (1, $1, $2, $3, 'the default model', 'system')`,
      [
        JSON.stringify(MODEL_V1.weights),
        JSON.stringify(MODEL_V1.thresholds),
        JSON.stringify(MODEL_V1.categoryPriority),
      ],
    );
    await runner.query(`
      CREATE TABLE partner_score (
        id uuid PRIMARY KEY,
        partner_id uuid NOT NULL,
        entity_id text NOT NULL,
        partner_category text NOT NULL,
        model_version int NOT NULL,
        score numeric(4, 1),
        status text CHECK (status IN ('green', 'yellow', 'red')),
        explanation jsonb NOT NULL,
        trigger text NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      'CREATE INDEX partner_score_partner_idx ON partner_score (partner_id, computed_at)',
    );
    await runner.query(`
      CREATE TABLE scoring_task (
        id uuid PRIMARY KEY,
        partner_id uuid NOT NULL,
        entity_id text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('executive_review', 'monitoring')),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
        reason text NOT NULL,
        score_id uuid NOT NULL,
        opened_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      'CREATE INDEX scoring_task_entity_idx ON scoring_task (entity_id, status, opened_at)',
    );
    // Scores and inputs are history: corrections are new rows, never edits.
    await runner.query(`
      CREATE FUNCTION scoring_history_is_append_only() RETURNS trigger AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: record a new row instead', TG_TABLE_NAME;
      END $$ LANGUAGE plpgsql`);
    for (const table of ['financial_input', 'kpi_input', 'assessment', 'partner_score']) {
      await runner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
         FOR EACH ROW EXECUTE FUNCTION scoring_history_is_append_only()`,
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['scoring_task', 'partner_score', 'scoring_model', 'assessment']) {
      await runner.query(`DROP TABLE ${table}`);
    }
    await runner.query('DROP TABLE kpi_input');
    await runner.query('DROP TABLE financial_input');
    await runner.query('DROP FUNCTION scoring_history_is_append_only');
    await runner.query(`
      ALTER TABLE scored_partner
        DROP COLUMN capabilities, DROP COLUMN owner_username, DROP COLUMN sponsor_username,
        DROP COLUMN score, DROP COLUMN score_status, DROP COLUMN scored_at,
        DROP COLUMN renegotiation_required`);
  }
}
