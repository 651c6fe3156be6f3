import type { DataSource } from 'typeorm';

import { Sweeper } from '../src/alerts/sweeper';
import { INBOX_ONLY } from '../src/deliveries/plan-deliveries';
import { alertsDatabase } from './alerts-database';

describe('claiming a daily sweep in Postgres', () => {
  let dataSource: DataSource;
  let drop: () => Promise<void>;
  let sweeper: Sweeper;

  beforeAll(async () => {
    ({ dataSource, drop } = await alertsDatabase('claims'));
    sweeper = new Sweeper(dataSource, INBOX_ONLY);
  });

  afterAll(() => drop());

  const silence = (entityId: string, runDate: string, minutes: number) =>
    dataSource.query(
      `UPDATE sweep_run SET heartbeat_at = now() - make_interval(mins => $3)
       WHERE entity_id = $1 AND run_date = $2`,
      [entityId, runDate, minutes],
    );

  it('lets exactly one of many simultaneous claims win', async () => {
    const claims = await Promise.all(
      Array.from({ length: 8 }, () => sweeper.claim('US01', '2026-03-02')),
    );

    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('leaves a running sweep alone while its heartbeat is fresh', async () => {
    await sweeper.claim('UK01', '2026-03-02');
    await silence('UK01', '2026-03-02', 4);

    expect(await sweeper.claim('UK01', '2026-03-02')).toBe(false);
  });

  it('takes over, once, a sweep whose replica fell silent before finishing', async () => {
    await sweeper.claim('DE01', '2026-03-02');
    await dataSource.query(`UPDATE sweep_run SET claimed_by = 'gone:1' WHERE entity_id = 'DE01'`);
    await silence('DE01', '2026-03-02', 6);

    const takeovers = await Promise.all(
      Array.from({ length: 4 }, () => sweeper.claim('DE01', '2026-03-02')),
    );

    expect(takeovers.filter(Boolean)).toHaveLength(1);
    const [run] = await dataSource.query<{ claimed_by: string }[]>(
      `SELECT claimed_by FROM sweep_run WHERE entity_id = 'DE01'`,
    );
    expect(run.claimed_by).not.toBe('gone:1');
  });

  it('never runs a finished sweep twice in a day, however old', async () => {
    await sweeper.claim('FR01', '2026-03-02');
    await sweeper.sweep('FR01', '2026-03-02');
    await silence('FR01', '2026-03-02', 600);

    expect(await sweeper.claim('FR01', '2026-03-02')).toBe(false);
    expect(await sweeper.claim('FR01', '2026-03-03')).toBe(true);
  });
});
