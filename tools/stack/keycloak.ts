/**
 * Local Keycloak for development, demos and tests.
 *
 * ensureKeycloak() finds a Keycloak serving the `partner-network` realm, in this order:
 *   1. KEYCLOAK_URL, when set (nothing is started; the realm must already exist there);
 *   2. whatever already serves the realm on http://localhost:<port> (default 8180),
 *      including one this tooling started earlier and that is still booting;
 *   3. otherwise it starts the official distribution (from Maven Central, via mvn) in
 *      dev mode with an in-memory database and the realm import from deploy/keycloak/.
 *
 * Uses Node built-ins only so it runs before any workspace dependency is installed.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const KEYCLOAK_VERSION = '26.5.6';
export const REALM = 'partner-network';
/** Public client with the password grant; exists only in the local realm import. */
export const DEV_CLI_CLIENT_ID = 'pn-dev-cli';

const DEFAULT_PORT = 8180;
const START_TIMEOUT_MS = 180_000;
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
    const url = trimSlash(external);
    log(`using KEYCLOAK_URL=${url}`);
    const ready = await waitFor(() => realmAnswers(url), timeoutMs);
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
  const earlierPid = readLivePid(pidFile);
  if (earlierPid !== undefined) {
    log(`waiting for the Keycloak started earlier (pid ${earlierPid}) to serve ${url}`);
    const ready = await waitFor(
      async () => (await realmAnswers(url)) || !isAlive(earlierPid),
      timeoutMs,
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

  const child = startServer({ home, port, java, logFile });
  // Keycloak must not keep this process alive: `keycloak-cli start` exits and leaves it running.
  child.unref();
  fs.writeFileSync(pidFile, `${child.pid}\n`);
  log(`starting Keycloak ${KEYCLOAK_VERSION} on ${url} (pid ${child.pid}, log ${logFile})`);

  const started = Date.now();
  let exited: string | undefined;
  child.once('exit', (code, signal) => {
    exited = signal ? `was killed by ${signal}` : `exited with code ${code}`;
  });
  const ready = await waitFor(
    async () => exited !== undefined || (await realmAnswers(url)),
    timeoutMs,
  );
  if (!ready || exited !== undefined) {
    const why = exited
      ? `${exited} before serving the realm`
      : `did not serve ${discoveryUrl(url)} within ${timeoutMs / 1000}s`;
    await killGroup(child.pid!);
    fs.rmSync(pidFile, { force: true });
    throw new Error(`Keycloak ${why}. Last lines of ${logFile}:\n${tail(logFile)}`);
  }
  log(`Keycloak ready at ${url} after ${((Date.now() - started) / 1000).toFixed(1)}s`);

  return {
    url,
    realm: REALM,
    startedHere: true,
    stop: async () => {
      await killGroup(child.pid!);
      fs.rmSync(pidFile, { force: true });
    },
  };
}

/** Stops a Keycloak whose pid this tooling recorded in stateDir. Returns false if none was running. */
export async function stopKeycloakFromStateDir(stateDir: string): Promise<boolean> {
  const pidFile = path.join(stateDir, 'keycloak.pid');
  const pid = readLivePid(pidFile);
  fs.rmSync(pidFile, { force: true });
  if (pid === undefined) return false;
  await killGroup(pid);
  return true;
}

/** Access token for a demo user via the password grant of pn-dev-cli (local realm only). */
export async function passwordToken(
  kcUrl: string,
  username: string,
  password = 'demo',
): Promise<string> {
  return requestToken(kcUrl, `user '${username}' (client ${DEV_CLI_CLIENT_ID}, password grant)`, {
    grant_type: 'password',
    client_id: DEV_CLI_CLIENT_ID,
    username,
    password,
  });
}

/** Access token for a confidential client's service account. */
export async function clientCredentialsToken(
  kcUrl: string,
  clientId: string,
  secret: string,
): Promise<string> {
  return requestToken(kcUrl, `client '${clientId}' (client credentials grant)`, {
    grant_type: 'client_credentials',
    client_id: clientId,
    client_secret: secret,
  });
}

// ---------------------------------------------------------------------------
// Tokens

async function requestToken(
  kcUrl: string,
  who: string,
  form: Record<string, string>,
): Promise<string> {
  const endpoint = `${trimSlash(kcUrl)}/realms/${REALM}/protocol/openid-connect/token`;
  let res: Response;
  try {
    res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (err) {
    throw new Error(
      `Could not reach Keycloak at ${endpoint} to get a token for ${who}: ${errText(err)}`,
    );
  }
  const text = await res.text();
  let body: { access_token?: string; error?: string; error_description?: string } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // Not JSON (a proxy error page, say); the raw text goes into the error below.
  }
  if (!res.ok || !body.access_token) {
    const reason = body.error
      ? `${body.error}${body.error_description ? `: ${body.error_description}` : ''}`
      : text.slice(0, 300) || '(empty body)';
    throw new Error(`Keycloak refused a token for ${who}: HTTP ${res.status} ${reason}`);
  }
  return body.access_token;
}

// ---------------------------------------------------------------------------
// Distribution

function cacheDir(): string {
  // PN_CACHE_DIR replaces ~/.cache/partner-network for every local dependency;
  // Keycloak keeps its own subdirectory under it.
  const root =
    process.env.PN_CACHE_DIR?.trim() || path.join(os.homedir(), '.cache', 'partner-network');
  return path.join(root, 'keycloak');
}

/** Returns the Keycloak home directory, fetching and unpacking the distribution if needed. */
function ensureDistribution(log: (line: string) => void): string {
  const dir = cacheDir();
  const home = path.join(dir, `keycloak-${KEYCLOAK_VERSION}`);
  if (fs.existsSync(path.join(home, 'bin', 'kc.sh'))) return home;

  fs.mkdirSync(dir, { recursive: true });
  const zip = path.join(dir, `keycloak-quarkus-dist-${KEYCLOAK_VERSION}.zip`);
  if (!fs.existsSync(zip)) {
    log(`fetching the Keycloak ${KEYCLOAK_VERSION} distribution with Maven into ${dir}`);
    run(
      'mvn',
      [
        '-q',
        'dependency:copy',
        `-Dartifact=org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:zip`,
        `-DoutputDirectory=${dir}`,
      ],
      'Fetching the Keycloak distribution needs Maven (apt package "maven") and access to Maven Central',
    );
    if (!fs.existsSync(zip)) {
      throw new Error(`mvn dependency:copy finished but ${zip} is not there`);
    }
  }

  // Unpack beside the final location and rename, so an interrupted unzip never
  // leaves a half-populated home that a later run would take for complete.
  log(`unpacking ${path.basename(zip)}`);
  const staging = fs.mkdtempSync(path.join(dir, '.unpack-'));
  try {
    run(
      'unzip',
      ['-q', zip, '-d', staging],
      'Unpacking the Keycloak distribution needs unzip (apt package "unzip")',
    );
    fs.renameSync(path.join(staging, `keycloak-${KEYCLOAK_VERSION}`), home);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return home;
}

// ---------------------------------------------------------------------------
// Java

interface JavaChoice {
  home?: string;
  bin: string;
  version: string;
}

/** JAVA_HOME if set, else a Temurin 25 install, else `java` on PATH; Keycloak 26.5 needs 17+. */
function pickJava(): JavaChoice {
  const fromEnv = process.env.JAVA_HOME?.trim();
  let home: string | undefined;
  let source: string;
  if (fromEnv) {
    home = fromEnv;
    source = `JAVA_HOME=${fromEnv}`;
  } else {
    const temurin = listDir('/usr/lib/jvm')
      .filter((name) => name.startsWith('temurin-25'))
      .sort()
      .map((name) => path.join('/usr/lib/jvm', name))
      .find((dir) => fs.existsSync(path.join(dir, 'bin', 'java')));
    home = temurin;
    source = temurin ?? '`java` on PATH';
  }
  const bin = home ? path.join(home, 'bin', 'java') : 'java';

  const probe = spawnSync(bin, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `Keycloak needs Java 17 or newer, but ${source} could not run (${bin}: ` +
        `${probe.error ? errText(probe.error) : probe.stderr.trim()}). Install a JDK or set JAVA_HOME.`,
    );
  }
  // `java -version` prints e.g. `openjdk version "25.0.3" 2025-...` on stderr.
  const version = /version "([^"]+)"/.exec(probe.stderr)?.[1] ?? 'unknown';
  const major = Number(
    version.startsWith('1.') ? version.split('.')[1] : version.split(/[.+-]/)[0],
  );
  if (!(major >= 17)) {
    throw new Error(
      `Keycloak needs Java 17 or newer, but ${source} is Java ${version}. Set JAVA_HOME to a newer JDK.`,
    );
  }
  return { home, bin, version };
}

// ---------------------------------------------------------------------------
// Process

function startServer(args: {
  home: string;
  port: number;
  java: JavaChoice;
  logFile: string;
}): ChildProcess {
  const { home, port, java, logFile } = args;
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
  const out = fs.openSync(logFile, 'w');
  try {
    return spawn(
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
      // detached: Keycloak gets its own process group, so it outlives this process
      // (the CLI's `start` leaves it running) and stop() can signal kc.sh and the JVM together.
      { cwd: home, env, detached: true, stdio: ['ignore', out, out] },
    ).on('error', () => {
      // Reported through the 'exit' path and the log; without a listener an
      // unhandled 'error' event would crash the caller.
    });
  } finally {
    fs.closeSync(out);
  }
}

async function killGroup(pid: number): Promise<void> {
  if (!signalGroup(pid, 'SIGTERM')) return;
  // Keycloak shuts down in a few seconds; force it if it hangs.
  const gone = await waitFor(() => Promise.resolve(!isAlive(pid)), 20_000, 250);
  if (!gone) {
    signalGroup(pid, 'SIGKILL');
    await waitFor(() => Promise.resolve(!isAlive(pid)), 5_000, 100);
  }
}

/** Signals the process group led by pid (falling back to the pid alone). False if nothing was there. */
function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    try {
      process.kill(pid, signal);
      return true;
    } catch {
      return false;
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie (exited, not yet reaped by us) still answers signal 0.
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return true;
  }
}

/** The pid recorded in pidFile if that process is alive and looks like Keycloak. */
function readLivePid(pidFile: string): number | undefined {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
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

// ---------------------------------------------------------------------------
// Helpers

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
    return `${baseUrl}/ fails with ${code ?? errText(err)}`;
  }
}

async function waitFor(
  check: () => Promise<boolean>,
  timeoutMs: number,
  intervalMs = 1_000,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
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

function run(cmd: string, args: string[], needs: string): void {
  const res = spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (res.error) throw new Error(`${needs}: could not run ${cmd} (${errText(res.error)})`);
  if (res.status !== 0) {
    throw new Error(
      `${cmd} ${args.join(' ')} failed with exit code ${res.status}:\n${(res.stderr + res.stdout).trim()}`,
    );
  }
}

function tail(file: string, lines = 40): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return `(no log at ${file})`;
  }
}

function listDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function errText(err: unknown): string {
  if (err instanceof Error) {
    const cause = (err as { cause?: unknown }).cause;
    return cause instanceof Error ? `${err.message}: ${cause.message}` : err.message;
  }
  return String(err);
}
