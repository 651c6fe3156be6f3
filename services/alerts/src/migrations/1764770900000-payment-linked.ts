import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Whether a contract has payment-linked terms, which brings finance into its alerts. */
export class PaymentLinked1764770900000 implements MigrationInterface {
  name = 'PaymentLinked1764770900000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'ALTER TABLE renewal_schedule ADD COLUMN payment_linked boolean NOT NULL DEFAULT false',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE renewal_schedule DROP COLUMN payment_linked');
  }
}
