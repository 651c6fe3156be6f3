import type { Logger } from '@nestjs/common';

import { PeriodicCheck } from './periodic-check';

const quietLogger = (errors: string[]) =>
  ({ error: (message: string) => errors.push(message) }) as unknown as Logger;

describe('a periodic check', () => {
  it('never runs twice at once, and runs again once the first has finished', async () => {
    let release: () => void = () => undefined;
    let runs = 0;
    const check = new PeriodicCheck(
      'test check',
      60_000,
      () => {
        runs += 1;

        return new Promise<void>((resolve) => (release = resolve));
      },
      quietLogger([]),
    );

    const first = check.run();
    await check.run();
    release();
    await first;
    const third = check.run();
    release();
    await third;

    expect(runs).toBe(2);
  });

  it('logs a failure with when it will try again, and keeps going', async () => {
    const errors: string[] = [];
    let runs = 0;
    const check = new PeriodicCheck(
      'daily sweep check',
      5_000,
      () => {
        runs += 1;

        return Promise.reject(new Error('database unavailable'));
      },
      quietLogger(errors),
    );

    await check.run();
    await check.run();

    expect(runs).toBe(2);
    expect(errors[0]).toBe(
      'daily sweep check failed, retrying in 5000 ms: Error: database unavailable',
    );
  });
});
