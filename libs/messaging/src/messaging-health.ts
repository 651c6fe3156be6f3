import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';

import { JetStreamConnection } from './events/jetstream.connection';

const CHECK_TIMEOUT_MS = 2_000;

/** Readiness checks for the NATS connection and for JetStream behind it. */
@Injectable()
export class MessagingHealth {
  constructor(
    private readonly connection: JetStreamConnection,
    private readonly health: HealthIndicatorService,
  ) {}

  async nats(key = 'nats') {
    const indicator = this.health.check(key);
    try {
      const connection = await withTimeout(this.connection.nats());
      await withTimeout(connection.flush());

      return indicator.up({ server: connection.getServer() });
    } catch (error) {
      return indicator.down({ message: String(error) });
    }
  }

  async jetstream(key = 'jetstream') {
    const indicator = this.health.check(key);
    try {
      await withTimeout(this.connection.ping());

      return indicator.up();
    } catch (error) {
      return indicator.down({ message: String(error) });
    }
  }
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(
        () => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
        CHECK_TIMEOUT_MS,
      ).unref(),
    ),
  ]);
}
