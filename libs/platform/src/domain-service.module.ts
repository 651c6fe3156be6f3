import { type DynamicModule, Module } from '@nestjs/common';

import type { DomainServiceConfig } from '@pn/config';
import type { OwningService } from '@pn/events';
import {
  CreateMessagingTables1764770000000,
  InboxEntry,
  MessagingModule,
  OutboxEvent,
} from '@pn/messaging';
import { PersistenceModule, type PersistenceOptions } from '@pn/persistence';

import { HealthModule } from './health.module';
import { LoggingModule } from './logging.module';

const PERSISTENCE_OPTIONS = Symbol('PERSISTENCE_OPTIONS');

export interface DomainServiceOptions {
  service: OwningService;
  config: DomainServiceConfig;
  /** The service's own entities; the outbox and inbox are added here. */
  entities: PersistenceOptions['entities'];
  /** The service's own migrations, in order; the messaging tables' migration comes first. */
  migrations: PersistenceOptions['migrations'];
}

/**
 * What every domain service is made of besides its features: JSON logs, its own database
 * with migrations, JetStream with outbox and inbox, and health checks.
 */
@Module({})
export class DomainServiceModule {
  static forRoot(options: DomainServiceOptions): DynamicModule {
    const { config, service } = options;
    const persistence: PersistenceOptions = {
      databaseUrl: config.DATABASE_URL,
      entities: [InboxEntry, OutboxEvent, ...asArray(options.entities)],
      migrations: [CreateMessagingTables1764770000000, ...asArray(options.migrations)],
    };

    return {
      module: DomainServiceModule,
      providers: [{ provide: PERSISTENCE_OPTIONS, useValue: persistence }],
      imports: [
        HealthModule.forService({ database: true }),
        LoggingModule.forService(service, config.LOG_LEVEL),
        MessagingModule.forService({
          service,
          natsUrl: config.NATS_URL,
          subjectPrefix: config.NATS_SUBJECT_PREFIX,
        }),
        PersistenceModule.forRoot(persistence),
      ],
    };
  }

  /** The persistence options a module built by forRoot uses; tests read the composition. */
  static persistenceOptions(module: DynamicModule): PersistenceOptions {
    const provider = module.providers?.find(
      (candidate) =>
        typeof candidate === 'object' &&
        'provide' in candidate &&
        candidate.provide === PERSISTENCE_OPTIONS,
    ) as { useValue: PersistenceOptions } | undefined;
    if (!provider) {
      throw new Error('not a module built by DomainServiceModule.forRoot');
    }

    return provider.useValue;
  }
}

function asArray<T>(list: T[] | Record<string, T>): T[] {
  return Array.isArray(list) ? list : Object.values(list);
}
