import { AsyncLocalStorage } from 'node:async_hooks';

/** Facts about the work in progress that every log line written during it should carry. */
export interface LogContext {
  entityId?: string;
  requestId?: string;
  subject?: string;
}

const storage = new AsyncLocalStorage<LogContext>();

export function runWithLogContext<T>(values: LogContext, work: () => T): T {
  return storage.run({ ...storage.getStore(), ...values }, work);
}

export function currentLogContext(): LogContext {
  return storage.getStore() ?? {};
}
