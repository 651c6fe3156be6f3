/**
 * Local Keycloak for development, demos and tests.
 *
 * ensureKeycloak() finds a Keycloak serving the `partner-network` realm, in this order:
 *   1. KEYCLOAK_URL, when set (nothing is started; the realm must already exist there);
 *   2. whatever already serves the realm on http://localhost:<port> (default 8180),
 *      including one this tooling started earlier and that is still booting;
 *   3. otherwise it starts the official distribution (keycloak-distribution.ts) in
 *      dev mode with an in-memory database and the realm import from deploy/keycloak/.
 *
 * Like the modules it imports, it uses Node built-ins only, so it runs before any workspace
 * dependency is installed. Tokens for the demo users come from @pn/testing.
 */
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import {
  ensureDistribution,
  type JavaChoice,
  KEYCLOAK_VERSION,
  pickJava,
} from './keycloak-distribution';
import { isAlive, poll, readPid, startDetached, stopProcessGroup } from './processes';

export const REALM = 'partner-network';

const DEFAULT_PORT = 8180;
const START_TIMEOUT_MS = 180_000;
// Keycloak takes tens of seconds to boot; asking once a second is soon enough.
const REALM_POLL_MS = 1_000;
const REALM_FILE_IN_REPO = path.join('deploy', 'keycloak', 'partner-network-realm.json');

export interface KeycloakHandle {
  /** Base URL without the realm path, e.g. http://localhost:8180 */
  url: string;
  realm: string;
  /** True only when this call started the server; stop() is a no-op otherwise. */
  startedHere: boolean;
  stop(): Promise<void>;
}

export interface EnsureKeycloakOptions {
  /** Where keycloak.log and keycloak.pid are written. */
  stateDir: string;
  port?: number;
  log?: (line: string) => void;
  /** Defaults to deploy/keycloak/partner-network-realm.json in the repo containing the cwd. */
  realmFile?: string;
  /** How long to wait for the realm to answer (KEYCLOAK_URL, an earlier start, or a new one). */
  timeoutMs?: number;
}

export async function ensureKeycloak(opts: EnsureKeycloakOptions): Promise<KeycloakHandle> {
  const log = opts.log ?? ((line: string) => process.stderr.write(`[keycloak] ${line}\n`));
  const port = opts.port ?? DEFAULT_PORT;
  const timeoutMs = opts.timeoutMs ?? START_TIMEOUT_MS;

  const external = process.env.KEYCLOAK_URL?.trim();
  if (external) {
    const url = external.replace(/\/+$/, '');
    log(`using KEYCLOAK_URL=${url}`);
    const ready = await poll(() => realmAnswers(url), timeoutMs, REALM_POLL_MS);
    if (!ready) {
      throw new Error(
        `KEYCLOAK_URL=${url} is set, but ${discoveryUrl(url)} did not answer 200 within ` +
          `${timeoutMs / 1000}s. Check that Keycloak is running there and that the ` +
          `'${REALM}' realm was imported (deploy/keycloak/partner-network-realm.json), ` +
          `or unset KEYCLOAK_URL to start a local one.`,
      );
    }
    return notOurs(url);
  }

  const url = `http://localhost:${port}`;
  if (await realmAnswers(url)) {
    log(`reusing the Keycloak already serving realm '${REALM}' at ${url}`);
    return notOurs(url);
  }

  fs.mkdirSync(opts.stateDir, { recursive: true });
  const pidFile = path.join(opts.stateDir, 'keycloak.pid');
  const logFile = path.join(opts.stateDir, 'keycloak.log');

  // A Keycloak started by an earlier run may still be booting (it binds its port late).
  const earlierPid = runningKeycloakPid(pidFile);
  if (earlierPid !== undefined) {
    log(`waiting for the Keycloak started earlier (pid ${earlierPid}) to serve ${url}`);
    const ready = await poll(
      async () => (await realmAnswers(url)) || !isAlive(earlierPid),
      timeoutMs,
      REALM_POLL_MS,
    );
    if (ready && (await realmAnswers(url))) return notOurs(url);
    throw new Error(
      `The Keycloak started earlier (pid ${earlierPid}, from ${pidFile}) did not serve ` +
        `${discoveryUrl(url)}. Last lines of ${logFile}:\n${tail(logFile)}`,
    );
  }

  const occupant = await describePortOccupant(url);
  if (occupant) {
    throw new Error(
      `Port ${port} is in use (${occupant}) but does not serve the '${REALM}' realm. ` +
        `Stop whatever listens there, pass another port, or set KEYCLOAK_URL to a Keycloak ` +
        `that has the realm imported.`,
    );
  }

  const realmFile = opts.realmFile ?? findRealmFile();
  const home = ensureDistribution(log);
  const java = pickJava();
  log(`using Java ${java.version} at ${java.home ?? java.bin}`);

  // start-dev with dev-mem starts from an empty database every time, so the realm
  // file is re-imported on each start and edits to it take effect on restart.
  // The import directory belongs to the shared cached distribution: clear it so only
  // this realm file is imported, whatever an earlier run left there.
  const importDir = path.join(home, 'data', 'import');
  fs.rmSync(importDir, { recursive: true, force: true });
  fs.mkdirSync(importDir, { recursive: true });
  fs.copyFileSync(realmFile, path.join(importDir, `${REALM}-realm.json`));

  const child = startServer({ home, port, java, logFile, pidFile });
  log(`starting Keycloak ${KEYCLOAK_VERSION} on ${url} (pid ${child.pid}, log ${logFile})`);
  const stop = async () => {
    await stopProcessGroup(child.pid!);
    fs.rmSync(pidFile, { force: true });
  };

  const started = Date.now();
  let exited: string | undefined;
  child.once('exit', (code, signal) => {
    exited = signal ? `was killed by ${signal}` : `exited with code ${code}`;
  });
  const ready = await poll(
    async () => exited !== undefined || (await realmAnswers(url)),
    timeoutMs,
    REALM_POLL_MS,
  );
  if (!ready || exited !== undefined) {
    const why = exited
      ? `${exited} before serving the realm`
      : `did not serve ${discoveryUrl(url)} within ${timeoutMs / 1000}s`;
    await stop();
    throw new Error(`Keycloak ${why}. Last lines of ${logFile}:\n${tail(logFile)}`);
  }
  log(`Keycloak ready at ${url} after ${((Date.now() - started) / 1000).toFixed(1)}s`);

  return { url, realm: REALM, startedHere: true, stop };
}

/** Stops a Keycloak whose pid this tooling recorded in stateDir. Returns false if none was running. */
export async function stopKeycloakFromStateDir(stateDir: string): Promise<boolean> {
  const pidFile = path.join(stateDir, 'keycloak.pid');
  const pid = runningKeycloakPid(pidFile);
  fs.rmSync(pidFile, { force: true });
  if (pid === undefined) return false;
  await stopProcessGroup(pid);
  return true;
}

function startServer(args: {
  home: string;
  port: number;
  java: JavaChoice;
  logFile: string;
  pidFile: string;
}): ChildProcess {
  const { home, port, java, logFile, pidFile } = args;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // kc.sh picks the JVM from JAVA_HOME, else `java` on PATH.
    ...(java.home ? { JAVA_HOME: java.home } : {}),
    // Small fixed heap: the dev machines have 2 cores and run Postgres, NATS and the
    // services next to Keycloak. An explicit JAVA_OPTS_KC_HEAP still wins.
    JAVA_OPTS_KC_HEAP: process.env.JAVA_OPTS_KC_HEAP ?? '-Xms64m -Xmx512m',
    // Master-realm admin for poking at the local server through the admin console.
    // Local only: the database is in memory and vanishes on stop.
    KC_BOOTSTRAP_ADMIN_USERNAME: process.env.KC_BOOTSTRAP_ADMIN_USERNAME ?? 'admin',
    KC_BOOTSTRAP_ADMIN_PASSWORD: process.env.KC_BOOTSTRAP_ADMIN_PASSWORD ?? 'admin',
  };
  // Detached: Keycloak outlives this process (the CLI's `start` leaves it running), and
  // stop() signals its process group, so kc.sh and the JVM go together.
  return startDetached(
    path.join(home, 'bin', 'kc.sh'),
    [
      'start-dev',
      '--import-realm',
      '--db=dev-mem',
      `--http-port=${port}`,
      // Fixes the token issuer to http://localhost:<port>/realms/partner-network
      // whichever address (localhost, 127.0.0.1) a client uses to reach Keycloak.
      `--hostname=http://localhost:${port}`,
      '--health-enabled=true',
      // Health lives on the management interface (default 9000, a popular port);
      // keep it beside the HTTP port instead.
      `--http-management-port=${port + 1000}`,
    ],
    logFile,
    pidFile,
    { cwd: home, env, freshLog: true },
  );
}

/** The pid recorded in pidFile if that process is alive and looks like Keycloak. */
function runningKeycloakPid(pidFile: string): number | undefined {
  const pid = readPid(pidFile);
  if (pid === undefined) return undefined;
  // Guard against pid reuse after a reboot or crash: only trust Keycloak. The pid is
  // kc.sh at first, and becomes the JVM itself when kc.sh re-augments and execs java.
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (!cmdline.includes('kc.sh') && !cmdline.includes('-Dkc.home.dir=')) return undefined;
  } catch {
    // No /proc (not Linux): trust the pid file.
  }
  return pid;
}

function discoveryUrl(baseUrl: string): string {
  return `${baseUrl}/realms/${REALM}/.well-known/openid-configuration`;
}

async function realmAnswers(baseUrl: string): Promise<boolean> {
  try {
    const res = await fetch(discoveryUrl(baseUrl), { signal: AbortSignal.timeout(3_000) });
    await res.body?.cancel();
    return res.status === 200;
  } catch {
    return false;
  }
}

/** Describes what answers HTTP at baseUrl, or undefined when nothing listens there. */
async function describePortOccupant(baseUrl: string): Promise<string | undefined> {
  try {
    const res = await fetch(`${baseUrl}/`, {
      signal: AbortSignal.timeout(3_000),
      redirect: 'manual',
    });
    await res.body?.cancel();
    return `${baseUrl}/ answers HTTP ${res.status}`;
  } catch (err) {
    const code = (err as { cause?: { code?: string } }).cause?.code;
    if (code === 'ECONNREFUSED') return undefined;
    return `${baseUrl}/ fails with ${code ?? (err instanceof Error ? err.message : String(err))}`;
  }
}

function notOurs(url: string): KeycloakHandle {
  return { url, realm: REALM, startedHere: false, stop: async () => {} };
}

/** deploy/keycloak/partner-network-realm.json in the nearest directory above the cwd that has it. */
function findRealmFile(): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, REALM_FILE_IN_REPO);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) break;
  }
  throw new Error(
    `Could not find ${REALM_FILE_IN_REPO} in ${process.cwd()} or any parent directory; ` +
      `run from inside the repository or pass realmFile.`,
  );
}

function tail(file: string, lines = 40): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return `(no log at ${file})`;
  }
}
