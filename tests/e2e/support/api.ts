import { accessToken } from '@pn/testing';

import { e2eStack } from './stack';

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** Calls the gateway as a demo user (or anonymously with `as: null`). */
export async function api<T = unknown>(
  method: string,
  path: string,
  options: { as: string | null; body?: unknown; headers?: Record<string, string> },
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.as) {
    headers.authorization = `Bearer ${await accessToken(options.as)}`;
  }
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  const response = await fetch(`${e2eStack().url('gateway')}/api/v1${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();

  return {
    status: response.status,
    body: (text ? JSON.parse(text) : undefined) as T,
    headers: response.headers,
  };
}

/**
 * Polls until `probe` returns a value, for what arrives asynchronously through events. On
 * timeout, `explain` (when given) says what was still missing, for whoever reads the failure.
 */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs = 20_000,
  explain?: () => Promise<string>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > deadline) {
      const detail = explain ? `: ${await explain()}` : '';
      throw new Error(`condition not met within ${timeoutMs} ms${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Posts a file's raw bytes to the gateway as a demo user, as an upload form would. */
export async function upload<T = unknown>(
  path: string,
  content: string | Buffer,
  options: { as: string; type?: string },
): Promise<ApiResponse<T>> {
  const response = await fetch(`${e2eStack().url('gateway')}/api/v1${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await accessToken(options.as)}`,
      'content-type': options.type ?? 'text/csv',
    },
    body: content,
  });
  const text = await response.text();

  return {
    status: response.status,
    body: (text ? JSON.parse(text) : undefined) as T,
    headers: response.headers,
  };
}
