import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ClientProxyFactory, type NatsOptions, Transport } from '@nestjs/microservices';
import { TerminusModule } from '@nestjs/terminus';

import { BlobTransfer } from './events/blob-transfer';
import { EventConsumers } from './events/event-consumers';
import { JetStreamConnection } from './events/jetstream.connection';
import { OutboxRelay } from './events/outbox-relay';
import { MESSAGING_OPTIONS, type MessagingOptions } from './messaging.options';
import { MessagingHealth } from './messaging-health';
import { RPC_TIMEOUT_MS, RPC_TRANSPORT, RpcClient } from './rpc/rpc-client';

/** Options for `connectMicroservice`: request handlers in the service's queue group. */
export function rpcServerOptions(options: MessagingOptions): NatsOptions {
  return {
    transport: Transport.NATS,
    options: {
      servers: [options.natsUrl],
      // Replicas of one service share its requests instead of all answering each one.
      queue: options.service,
      name: `${options.service}-rpc`,
      maxReconnectAttempts: -1,
      // Keep trying when NATS is not up yet (containers start in any order).
      waitOnFirstConnect: true,
      // On SIGTERM: stop taking requests, give those in hand time to answer, then close.
      gracefulShutdown: true,
      gracePeriod: 1_000,
    },
  };
}

@Global()
@Module({})
export class MessagingModule {
  /** A domain service: JetStream, its outbox relay and its event consumers. */
  static forService(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      imports: [TerminusModule],
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        BlobTransfer,
        EventConsumers,
        JetStreamConnection,
        MessagingHealth,
        OutboxRelay,
      ],
      exports: [BlobTransfer, EventConsumers, JetStreamConnection, MessagingHealth, OutboxRelay],
    };
  }

  /** The gateway: request/reply to the services, and NATS health. */
  static forGateway(options: MessagingOptions & { rpcTimeoutMs: number }): DynamicModule {
    return {
      module: MessagingModule,
      imports: [TerminusModule],
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        { provide: RPC_TIMEOUT_MS, useValue: options.rpcTimeoutMs },
        {
          provide: RPC_TRANSPORT,
          useFactory: () =>
            ClientProxyFactory.create({
              transport: Transport.NATS,
              options: {
                servers: [options.natsUrl],
                name: 'gateway-rpc',
                maxReconnectAttempts: -1,
                waitOnFirstConnect: true,
              },
            }),
        },
        BlobTransfer,
        JetStreamConnection,
        MessagingHealth,
        RpcClient,
      ],
      exports: [BlobTransfer, JetStreamConnection, MessagingHealth, RpcClient],
    };
  }
}
