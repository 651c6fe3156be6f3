// Node built-ins only: the Keycloak launcher needs these before any dependency is installed.
import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';

export interface DetachedOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Start the log afresh instead of appending, so it holds this run only. */
  freshLog?: boolean;
}

/**
 * Starts a long-running process that outlives this one; its pid goes to `pidFile`. It leads
 * its own process group, so stopProcessGroup() reaches a wrapper script and what it started.
 */
export function startDetached(
  command: string,
  args: string[],
  logFile: string,
  pidFile: string,
  options: DetachedOptions = {},
): ChildProcess {
  const out = fs.openSync(logFile, options.freshLog ? 'w' : 'a');
  let child: ChildProcess;
  try {
    child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', out, out],
    });
  } finally {
    fs.closeSync(out);
  }
  // A failed spawn also emits 'error', and an 'error' nobody listens to crashes the caller;
  // the failure is reported by the check below instead.
  child.on('error', () => undefined);
  if (child.pid === undefined) {
    throw new Error(`could not start ${command}`);
  }
  fs.writeFileSync(pidFile, String(child.pid));
  child.unref();

  return child;
}

export function readPid(pidFile: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').trim().split('\n')[0]);

    return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie (exited, not yet reaped by its parent) still answers signal 0.
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');

    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return true;
  }
}

/** SIGTERM (or the given signal), then SIGKILL if the process has not gone in time. */
export async function stopPid(
  pid: number,
  signal: NodeJS.Signals = 'SIGTERM',
  timeoutMs = 20_000,
): Promise<void> {
  await stopWith((name) => signalProcess(pid, name), pid, signal, timeoutMs);
}

/** stopPid() for the process group a startDetached() process leads. */
export async function stopProcessGroup(pid: number, timeoutMs = 20_000): Promise<void> {
  await stopWith((name) => signalGroup(pid, name), pid, 'SIGTERM', timeoutMs);
}

export function portOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Whether check held before timeoutMs passed; it is asked at least once, and at the deadline. */
export async function poll(
  check: () => Promise<boolean>,
  timeoutMs: number,
  intervalMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) {
      return true;
    }
    if (Date.now() >= deadline) {
      return false;
    }
    await sleep(intervalMs);
  }
}

export async function waitUntil(
  check: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  if (!(await poll(check, timeoutMs, 200))) {
    throw new Error(`${what} did not come up within ${timeoutMs / 1000} s`);
  }
}

async function stopWith(
  send: (signal: NodeJS.Signals) => boolean,
  pid: number,
  signal: NodeJS.Signals,
  timeoutMs: number,
): Promise<void> {
  if (!send(signal)) {
    return;
  }
  const gone = () => Promise.resolve(!isAlive(pid));
  if (!(await poll(gone, timeoutMs, 100))) {
    send('SIGKILL');
    await poll(gone, 5_000, 100);
  }
}

/** False when there is no such process. */
function signalProcess(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(pid, signal);

    return true;
  } catch {
    return false;
  }
}

/** Signals the group pid leads, or pid alone when it leads none. False when neither exists. */
function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  return signalProcess(-pid, signal) || signalProcess(pid, signal);
}
