import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The portfolio's top risks are read per entity and category in priority order, by name:
 * with these indexes each list stops at its first few rows instead of sorting every partner.
 * The partial ones hold only the partners below 50 that the lists look for.
 */
export class TopRiskIndexes1764771600000 implements MigrationInterface {
  name = 'TopRiskIndexes1764771600000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'CREATE INDEX scored_partner_name_idx ON scored_partner (entity_id, category, legal_name)',
    );
    await runner.query(
      `CREATE INDEX scored_partner_weak_strategy_idx ON scored_partner (entity_id, category, legal_name)
       WHERE strategic_score < 50`,
    );
    await runner.query(
      `CREATE INDEX scored_partner_weak_reliability_idx ON scored_partner (entity_id, category, legal_name)
       WHERE reliability_score < 50`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX scored_partner_weak_reliability_idx');
    await runner.query('DROP INDEX scored_partner_weak_strategy_idx');
    await runner.query('DROP INDEX scored_partner_name_idx');
  }
}
