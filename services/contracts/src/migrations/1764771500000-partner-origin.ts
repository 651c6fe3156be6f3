import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The opportunity whose go decision brought a partner in: at most one partner per opportunity. */
export class PartnerOrigin1764771500000 implements MigrationInterface {
  name = 'PartnerOrigin1764771500000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE partner ADD COLUMN origin_opportunity_id uuid');
    await runner.query(
      'ALTER TABLE partner ADD CONSTRAINT partner_origin_opportunity_id_key UNIQUE (origin_opportunity_id)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE partner DROP COLUMN origin_opportunity_id');
  }
}
