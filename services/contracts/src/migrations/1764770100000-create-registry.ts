import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Legal entities (with the two demo companies), partners and contracts. */
export class CreateRegistry1764770100000 implements MigrationInterface {
  name = 'CreateRegistry1764770100000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE legal_entity (
        id text PRIMARY KEY,
        legal_name text NOT NULL,
        country char(2) NOT NULL,
        time_zone text NOT NULL,
        currency char(3) NOT NULL
      )`);
    await runner.query(`
      INSERT INTO legal_entity (id, legal_name, country, time_zone, currency) VALUES
        ('US01', 'Partner Network Inc.', 'US', 'America/New_York', 'USD'),
        ('UK01', 'Partner Network Ltd', 'GB', 'Europe/London', 'GBP')`);
    await runner.query(`
      CREATE TABLE partner (
        id uuid PRIMARY KEY,
        entity_id text NOT NULL REFERENCES legal_entity (id),
        legal_name text NOT NULL,
        category text NOT NULL
          CHECK (category IN ('carrier', 'vendor', 'strategic_partner', 'opportunistic')),
        status text NOT NULL DEFAULT 'prospect',
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (entity_id, legal_name)
      )`);
    await runner.query(`
      CREATE TABLE contract (
        id uuid PRIMARY KEY,
        entity_id text NOT NULL REFERENCES legal_entity (id),
        partner_id uuid NOT NULL REFERENCES partner (id),
        title text NOT NULL,
        effective_date date NOT NULL,
        initial_term_months int NOT NULL CHECK (initial_term_months > 0),
        renewal_type text NOT NULL CHECK (renewal_type IN ('auto', 'manual', 'none')),
        renewal_term_months int CHECK (renewal_term_months > 0),
        notice_days int NOT NULL CHECK (notice_days >= 0),
        status text NOT NULL DEFAULT 'draft',
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query('CREATE INDEX contract_entity_idx ON contract (entity_id, partner_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE contract');
    await runner.query('DROP TABLE partner');
    await runner.query('DROP TABLE legal_entity');
  }
}
