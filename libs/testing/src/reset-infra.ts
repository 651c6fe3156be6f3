import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { Client } from 'pg';

/**
 * Gives a run a clean slate on shared servers: drops the databases and JetStream streams
 * that carry the run's prefixes, and nothing else, so a running dev stack is untouched.
 */
export async function resetInfra(options: {
  postgresUrl: string;
  databasePrefix: string;
  natsUrl: string;
  subjectPrefix: string;
}): Promise<void> {
  const admin = new Client({ connectionString: `${options.postgresUrl}/postgres` });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1 || '\\_%'",
      [options.databasePrefix],
    );
    for (const { datname } of rows) {
      await admin.query(`DROP DATABASE "${datname.replace(/"/g, '""')}" WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }

  const nats = (await connect({ servers: options.natsUrl })) as NatsConnection;
  try {
    const manager = await jetstreamManager(nats);
    const streamPrefix = `${options.subjectPrefix.toUpperCase().replace(/[^A-Z0-9_]/g, '_')}_`;
    for await (const name of manager.streams.names()) {
      if (name.startsWith(streamPrefix)) {
        await manager.streams.delete(name);
      }
    }
  } finally {
    await nats.close();
  }
}
