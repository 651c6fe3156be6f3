import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { REPO_ROOT } from './infra-env';

export const SERVICES = ['contracts', 'scoring', 'pipeline', 'alerts', 'gateway'] as const;
export type ServiceName = (typeof SERVICES)[number];

const PORT_OFFSET: Record<ServiceName, number> = {
  gateway: 0,
  contracts: 1,
  scoring: 2,
  pipeline: 3,
  alerts: 4,
};

export interface StackOptions {
  /** Folder for pid and log files of this stack. */
  stateDir: string;
  /** The gateway's port; the others follow it (contracts +1 … alerts +4). */
  basePort: number;
  /** Databases are `<databasePrefix>_<service>`. */
  databasePrefix: string;
  subjectPrefix: string;
  postgresUrl: string;
  natsUrl: string;
  keycloakUrl: string;
  logLevel?: string;
  /** Extra environment for every service, e.g. an OTLP endpoint. */
  env?: Record<string, string>;
}

export interface LogLine {
  level: string;
  msg: string;
  service: string;
  trace_id?: string;
  [key: string]: unknown;
}

/**
 * Runs the five services as real processes from their builds, each with its own database,
 * and can stop and start any of them while the others keep running. Pid files make it
 * usable from another process than the one that started the stack.
 */
export class ServiceStack {
  constructor(readonly options: StackOptions) {
    fs.mkdirSync(this.logDir(), { recursive: true });
  }

  port(service: ServiceName): number {
    return this.options.basePort + PORT_OFFSET[service];
  }

  url(service: ServiceName): string {
    return `http://127.0.0.1:${this.port(service)}`;
  }

  databaseUrl(service: ServiceName): string {
    return `${this.options.postgresUrl}/${this.options.databasePrefix}_${service}`;
  }

  envFor(service: ServiceName): Record<string, string> {
    const common = {
      PATH: process.env.PATH ?? '',
      PORT: String(this.port(service)),
      NATS_URL: this.options.natsUrl,
      NATS_SUBJECT_PREFIX: this.options.subjectPrefix,
      LOG_LEVEL: this.options.logLevel ?? 'info',
      ...this.options.env,
    };
    if (service === 'gateway') {
      return { ...common, KEYCLOAK_URL: this.options.keycloakUrl, RPC_TIMEOUT_MS: '3000' };
    }

    return { ...common, DATABASE_URL: this.databaseUrl(service) };
  }

  logFile(service: ServiceName): string {
    return path.join(this.logDir(), `${service}.log`);
  }

  /** The service's JSON log lines so far (lines that are not JSON are skipped). */
  logLines(service: ServiceName): LogLine[] {
    return parseLogLines(this.logFile(service));
  }

  async start(service: ServiceName, env: Record<string, string> = {}): Promise<void> {
    await this.stop(service);
    const out = fs.openSync(this.logFile(service), 'a');
    const child = spawn(process.execPath, [this.entryPoint(service)], {
      cwd: REPO_ROOT,
      env: { ...this.envFor(service), ...env },
      detached: true,
      stdio: ['ignore', out, out],
    });
    fs.closeSync(out);
    if (child.pid === undefined) {
      throw new Error(`could not start ${service}`);
    }
    fs.writeFileSync(this.pidFile(service), String(child.pid));
    child.unref();
  }

  /**
   * A second process of a service, on its own port and log file, sharing the database
   * and NATS of the first: two replicas, as a deployment runs them.
   */
  async startReplica(
    service: ServiceName,
    port: number,
  ): Promise<{ url: string; logLines: () => LogLine[]; stop: () => Promise<void> }> {
    const logFile = path.join(this.logDir(), `${service}-replica-${port}.log`);
    fs.rmSync(logFile, { force: true });
    const out = fs.openSync(logFile, 'a');
    const child = spawn(process.execPath, [this.entryPoint(service)], {
      cwd: REPO_ROOT,
      env: { ...this.envFor(service), PORT: String(port) },
      stdio: ['ignore', out, out],
    });
    fs.closeSync(out);
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    for (;;) {
      const ready = await fetch(`${url}/health/ready`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) {
        break;
      }
      if (Date.now() > deadline || child.exitCode !== null) {
        child.kill('SIGKILL');
        throw new Error(
          `replica of ${service} on port ${port} did not become ready; see ${logFile}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    return {
      url,
      logLines: () => parseLogLines(logFile),
      stop: async () => {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      },
    };
  }

  async waitReady(service: ServiceName, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = 'no answer';
    while (Date.now() < deadline) {
      if (!this.isRunning(service)) {
        throw new Error(
          `${service} exited during start-up; see ${this.logFile(service)}:\n${this.tail(service)}`,
        );
      }
      try {
        const response = await fetch(`${this.url(service)}/health/ready`);
        if (response.ok) {
          return;
        }
        last = `${response.status} ${await response.text()}`;
      } catch (error) {
        last = String(error);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(
      `${service} not ready after ${timeoutMs} ms (${last}); see ${this.logFile(service)}:\n${this.tail(service)}`,
    );
  }

  async startAll(): Promise<void> {
    await Promise.all(SERVICES.map((service) => this.start(service)));
    await Promise.all(SERVICES.map((service) => this.waitReady(service)));
  }

  /**
   * SIGTERM, as an orchestrator would, then SIGKILL if it has not exited in time. Says
   * which it took, so a test can insist on a clean shutdown.
   */
  async stop(
    service: ServiceName,
    timeoutMs = 15_000,
  ): Promise<'exited' | 'killed' | 'not-running'> {
    const pid = this.pid(service);
    if (pid === undefined) {
      return 'not-running';
    }
    signal(pid, 'SIGTERM');
    const deadline = Date.now() + timeoutMs;
    while (alive(pid) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const killed = alive(pid);
    if (killed) {
      signal(pid, 'SIGKILL');
    }
    fs.rmSync(this.pidFile(service), { force: true });

    return killed ? 'killed' : 'exited';
  }

  async stopAll(): Promise<void> {
    await Promise.all(SERVICES.map((service) => this.stop(service)));
  }

  isRunning(service: ServiceName): boolean {
    const pid = this.pid(service);

    return pid !== undefined && alive(pid);
  }

  /** The process id of a running service, for measurements such as its memory. */
  pid(service: ServiceName): number | undefined {
    try {
      const pid = Number(fs.readFileSync(this.pidFile(service), 'utf8'));

      return Number.isInteger(pid) && pid > 0 ? pid : undefined;
    } catch {
      return undefined;
    }
  }

  private entryPoint(service: ServiceName): string {
    const entry = path.join(REPO_ROOT, 'services', service, 'dist', 'main.js');
    if (!fs.existsSync(entry)) {
      throw new Error(`${entry} is missing: build first (npx nx run-many -t build)`);
    }

    return entry;
  }

  private tail(service: ServiceName): string {
    return fs.existsSync(this.logFile(service))
      ? fs.readFileSync(this.logFile(service), 'utf8').split('\n').slice(-15).join('\n')
      : '(no log)';
  }

  private pidFile(service: ServiceName): string {
    return path.join(this.options.stateDir, `${service}.pid`);
  }

  private logDir(): string {
    return path.join(this.options.stateDir, 'logs');
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);

    return true;
  } catch {
    return false;
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone: nothing to stop.
  }
}

function parseLogLines(file: string): LogLine[] {
  if (!fs.existsSync(file)) {
    return [];
  }

  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as LogLine];
      } catch {
        return [];
      }
    });
}
