import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { type ParsedMail, simpleParser } from 'mailparser';

import { REPO_ROOT } from '@pn/testing';

/** A real SMTP server for the alerts service to send to; each message lands as a file. */
export const SMTP_PORT = 2626;
const MAIL_DIR = path.join(REPO_ROOT, '.pn', 'e2e', 'mail');
const PID_FILE = path.join(REPO_ROOT, '.pn', 'e2e', 'smtp-sink.pid');
const SCRIPT = path.join(__dirname, 'smtp-sink-server.js');

export async function startSmtpSink(): Promise<void> {
  stopSmtpSink();
  fs.rmSync(MAIL_DIR, { recursive: true, force: true });
  fs.mkdirSync(MAIL_DIR, { recursive: true });
  const child = spawn(process.execPath, [SCRIPT, String(SMTP_PORT), MAIL_DIR], {
    detached: true,
    stdio: 'ignore',
  });
  fs.writeFileSync(PID_FILE, String(child.pid));
  child.unref();
  const deadline = Date.now() + 10_000;
  while (!fs.existsSync(path.join(MAIL_DIR, '.ready'))) {
    if (Date.now() > deadline) {
      throw new Error(`the SMTP sink did not start on port ${SMTP_PORT}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function stopSmtpSink(): void {
  try {
    process.kill(Number(fs.readFileSync(PID_FILE, 'utf8')), 'SIGTERM');
  } catch {
    // not running
  }
  fs.rmSync(PID_FILE, { force: true });
}

/** Every message received so far, parsed by mailparser (not by the project's code). */
export async function receivedMail(): Promise<ParsedMail[]> {
  const files = fs.readdirSync(MAIL_DIR).filter((name) => name.endsWith('.eml'));

  return Promise.all(files.map((name) => simpleParser(fs.readFileSync(path.join(MAIL_DIR, name)))));
}
