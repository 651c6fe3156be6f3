import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal iCalendar feeds. The URL's secret is stored only as its SHA-256, so the table
 * alone does not let anyone read a feed.
 */
export class CalendarFeeds1764770600000 implements MigrationInterface {
  name = 'CalendarFeeds1764770600000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE calendar_feed (
        id uuid PRIMARY KEY,
        token_sha256 char(64) NOT NULL UNIQUE,
        username text NOT NULL,
        roles text[] NOT NULL,
        entities text[] NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE calendar_feed');
  }
}
