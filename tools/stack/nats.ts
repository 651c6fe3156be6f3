import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';

import { portOpen, readPid, startDetached, stopPid, waitUntil } from './processes';

export interface NatsHandle {
  url: string;
  startedHere: boolean;
}

const LOCAL_URL = 'nats://127.0.0.1:4222';

/**
 * NATS with JetStream: NATS_URL when set, else the server on the standard port, else
 * Debian's nats-server (installed if missing) with its store under the state folder.
 */
export async function ensureNats(
  stateDir: string,
  log: (line: string) => void,
): Promise<NatsHandle> {
  const named = process.env.NATS_URL?.trim();
  if (named) {
    await assertJetStream(named, `NATS_URL=${named}`);
    log(`using NATS from NATS_URL (${named})`);

    return { url: named, startedHere: false };
  }
  if (await portOpen(4222)) {
    await assertJetStream(LOCAL_URL, 'the NATS server on 127.0.0.1:4222');
    log('reusing the NATS server on 127.0.0.1:4222');

    return { url: LOCAL_URL, startedHere: false };
  }

  const binary = natsServerBinary(log);
  const storeDir = path.join(stateDir, 'nats');
  fs.mkdirSync(storeDir, { recursive: true });
  startDetached(
    binary,
    ['-a', '127.0.0.1', '-p', '4222', '-js', '-sd', storeDir],
    path.join(stateDir, 'nats.log'),
    path.join(stateDir, 'nats.pid'),
  );
  await waitUntil(() => portOpen(4222), 20_000, 'nats-server');
  await assertJetStream(LOCAL_URL, 'the nats-server just started');
  log(`started nats-server with JetStream on 4222 (store in ${storeDir})`);

  return { url: LOCAL_URL, startedHere: true };
}

export async function stopNats(stateDir: string): Promise<boolean> {
  const pid = readPid(path.join(stateDir, 'nats.pid'));
  if (pid === undefined) {
    return false;
  }
  await stopPid(pid);
  fs.rmSync(path.join(stateDir, 'nats.pid'), { force: true });

  return true;
}

function natsServerBinary(log: (line: string) => void): string {
  for (const candidate of [
    '/usr/sbin/nats-server',
    '/usr/bin/nats-server',
    '/usr/local/bin/nats-server',
  ]) {
    if (fs.existsSync(candidate)) {
      return candidate;
    }
  }
  log("nats-server is not installed: installing Debian's nats-server");
  const install = spawnSync(
    'bash',
    [
      '-c',
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nats-server',
    ],
    {
      stdio: 'inherit',
    },
  );
  if (install.status !== 0 || !fs.existsSync('/usr/sbin/nats-server')) {
    throw new Error(
      'could not install nats-server; install it (apt-get install nats-server) or set NATS_URL',
    );
  }

  return '/usr/sbin/nats-server';
}

async function assertJetStream(url: string, what: string): Promise<void> {
  let connection;
  try {
    connection = await connect({ servers: url, timeout: 5_000 });
  } catch (error) {
    throw new Error(`cannot connect to ${what}: ${String(error)}`);
  }
  try {
    await (await jetstreamManager(connection)).getAccountInfo();
  } catch (error) {
    throw new Error(
      `${what} answers but JetStream is not enabled (start it with -js): ${String(error)}`,
    );
  } finally {
    await connection.close();
  }
}
