import type { MigrationInterface, QueryRunner } from 'typeorm';

// Version 1 of the opportunity scoring model as seeded; later versions are new rows.
export const OPPORTUNITY_MODEL_V1 = {
  weights: { strategicValue: 0.45, financialUpside: 0.35, operationalComplexity: 0.2 },
  goThreshold: 70,
  noGoThreshold: 40,
};

/**
 * Opportunities with their qualification and score, every stage move (who, when, why),
 * every review (approve or reject, by whom), the go/no-go decision with the score and
 * thresholds in force, and the versioned scoring model. History is never edited.
 */
export class Opportunities1764771400000 implements MigrationInterface {
  name = 'Opportunities1764771400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE opportunity_model (
        version int PRIMARY KEY,
        weights jsonb NOT NULL,
        go_threshold numeric(5, 2) NOT NULL,
        no_go_threshold numeric(5, 2) NOT NULL,
        reason text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `INSERT INTO opportunity_model (version, weights, go_threshold, no_go_threshold, reason, created_by)
       VALUES (1, $1, $2, $3, 'the default model', 'system')`,
      [
        JSON.stringify(OPPORTUNITY_MODEL_V1.weights),
        OPPORTUNITY_MODEL_V1.goThreshold,
        OPPORTUNITY_MODEL_V1.noGoThreshold,
      ],
    );
    await runner.query(`
      CREATE TABLE opportunity (
        id uuid PRIMARY KEY,
        entity_id text NOT NULL,
        counterparty text NOT NULL,
        proposed_category text NOT NULL,
        source text NOT NULL,
        sponsor_username text,
        description text NOT NULL,
        estimated_value_minor bigint NOT NULL,
        currency char(3) NOT NULL,
        potential text NOT NULL,
        document_links text[] NOT NULL DEFAULT '{}',
        stage text NOT NULL DEFAULT 'identified',
        qualification jsonb NOT NULL DEFAULT '{}',
        score jsonb,
        partner_id uuid,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        stage_entered_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT opportunity_source_check
          CHECK (source IN ('executive_referral', 'market_scanning', 'partner_inbound')),
        CONSTRAINT opportunity_category_check
          CHECK (proposed_category IN ('carrier', 'vendor', 'strategic_partner', 'opportunistic')),
        CONSTRAINT opportunity_value_check CHECK (estimated_value_minor >= 0)
      )`);
    await runner.query(
      'CREATE INDEX opportunity_entity_stage_idx ON opportunity (entity_id, stage)',
    );
    await runner.query(`
      CREATE TABLE opportunity_transition (
        id uuid PRIMARY KEY,
        opportunity_id uuid NOT NULL,
        entity_id text NOT NULL,
        from_stage text,
        to_stage text NOT NULL,
        moved_by text NOT NULL,
        reason text NOT NULL,
        moved_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      'CREATE INDEX opportunity_transition_idx ON opportunity_transition (opportunity_id, moved_at)',
    );
    await runner.query(
      'CREATE INDEX opportunity_transition_entity_idx ON opportunity_transition (entity_id, moved_at)',
    );
    await runner.query(`
      CREATE TABLE opportunity_review (
        id uuid PRIMARY KEY,
        opportunity_id uuid NOT NULL,
        stage text NOT NULL,
        outcome text NOT NULL,
        reviewed_by text NOT NULL,
        comment text NOT NULL,
        sent_back_to text,
        reviewed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT opportunity_review_outcome_check CHECK (outcome IN ('approved', 'rejected'))
      )`);
    await runner.query(
      'CREATE INDEX opportunity_review_idx ON opportunity_review (opportunity_id, reviewed_at)',
    );
    await runner.query(`
      CREATE TABLE opportunity_decision (
        opportunity_id uuid PRIMARY KEY,
        entity_id text NOT NULL,
        decision text NOT NULL,
        rationale text NOT NULL,
        override_reason text,
        recommendation text,
        score numeric(4, 1),
        model_version int,
        go_threshold numeric(5, 2),
        no_go_threshold numeric(5, 2),
        decided_by text NOT NULL,
        decided_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT opportunity_decision_check CHECK (decision IN ('go', 'no_go'))
      )`);
    await runner.query(
      'CREATE INDEX opportunity_decision_entity_idx ON opportunity_decision (entity_id, decided_at)',
    );
    await runner.query(`
      CREATE FUNCTION pipeline_history_is_append_only() RETURNS trigger AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: record a new row instead', TG_TABLE_NAME;
      END $$ LANGUAGE plpgsql`);
    for (const table of [
      'opportunity_transition',
      'opportunity_review',
      'opportunity_decision',
      'opportunity_model',
    ]) {
      await runner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
         FOR EACH ROW EXECUTE FUNCTION pipeline_history_is_append_only()`,
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'opportunity_decision',
      'opportunity_review',
      'opportunity_transition',
      'opportunity',
      'opportunity_model',
    ]) {
      await runner.query(`DROP TABLE ${table}`);
    }
    await runner.query('DROP FUNCTION pipeline_history_is_append_only');
  }
}
