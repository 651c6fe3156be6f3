import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deliveries of alerts by email and webhook, one row per alert, channel and target, each
 * with its own attempts and outcome; and the webhook subscriptions of each entity.
 */
export class Deliveries1764770500000 implements MigrationInterface {
  name = 'Deliveries1764770500000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE webhook_subscription (
        id uuid PRIMARY KEY,
        entity_id text NOT NULL,
        url text NOT NULL,
        secret text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE delivery (
        id uuid PRIMARY KEY,
        alert_id uuid NOT NULL REFERENCES alert (id),
        entity_id text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('email', 'webhook')),
        target text NOT NULL,
        subscription_id uuid REFERENCES webhook_subscription (id),
        status text NOT NULL CHECK (status IN ('pending', 'delivered', 'failed', 'dead')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT delivery_alert_id_channel_target_key UNIQUE (alert_id, channel, target)
      )`);
    await runner.query(
      'CREATE INDEX delivery_entity_status_idx ON delivery (entity_id, status, created_at)',
    );
    // The worker's question, "what is due now?", answered from a small partial index.
    await runner.query(`
      CREATE INDEX delivery_due_idx ON delivery (next_attempt_at)
        WHERE status IN ('pending', 'failed')`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE delivery');
    await runner.query('DROP TABLE webhook_subscription');
  }
}
