import { scoringImportReportSchema } from '@pn/scoring-api';

import { api, eventually, upload } from '../support/api';
import { createPartner, type Partner } from '../support/fixtures';

type Report = ReturnType<typeof scoringImportReportSchema.parse>;
type Refusal = { code: string; details: { report: Report } };

function monthsAgo(months: number): string {
  const now = new Date();

  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1))
    .toISOString()
    .slice(0, 7);
}

async function scoringPartner(): Promise<Partner> {
  const partner = await createPartner('sam.strategy', 'US01', undefined, {
    category: 'opportunistic',
  });
  await eventually(async () => {
    const response = await api<{ code: string }>('GET', `/partners/${partner.id}/score`, {
      as: 'fran.finance',
    });

    return response.body.code === 'score.not_found' ? true : undefined;
  });

  return partner;
}

const historyOf = async (partnerId: string) =>
  (
    await api<
      { trigger: string; inputs: { revenueMinor: number | null; months: { kpis: number } } }[]
    >('GET', `/partners/${partnerId}/scores`, { as: 'erin.exec' })
  ).body;

describe('financials and KPIs from CSV files', () => {
  let first: Partner;
  let second: Partner;

  beforeAll(async () => {
    first = await scoringPartner();
    second = await scoringPartner();
  });

  it('checks a financials file in a dry run, naming mixed currencies, and stores nothing', async () => {
    const file = [
      'partner_id,period,revenue_minor,cost_minor,currency',
      `${first.id},${monthsAgo(2)},500000,100000,USD`,
      `${second.id},${monthsAgo(2)},250000,50000,GBP`,
    ].join('\n');

    const response = await upload<Report>('/scoring/imports/financials?dryRun=true', file, {
      as: 'fran.finance',
    });

    expect(response.status).toBe(200);
    expect(scoringImportReportSchema.parse(response.body)).toMatchObject({
      dryRun: true,
      committed: false,
      rows: 2,
      invalidRows: 1,
    });
    // Line 3 may also be named for US01's own currency, if another suite reported it first.
    expect(response.body.errors).toContainEqual({
      line: 3,
      field: 'currency',
      problem: 'the file mixes currencies: GBP here, USD on line 2',
    });
    expect(response.body.errors.every((error) => error.line === 3)).toBe(true);
    expect(await historyOf(second.id)).toEqual([]);
  });

  it('writes a valid file and rescores every partner in it', async () => {
    const file = [
      'partner_id,period,revenue_minor,cost_minor,currency,source',
      `${first.id},${monthsAgo(2)},500000,100000,USD,erp-export`,
      `${first.id},${monthsAgo(1)},700000,100000,USD,erp-export`,
      `${second.id},${monthsAgo(1)},250000,50000,USD,erp-export`,
    ].join('\n');

    const response = await upload<Report>('/scoring/imports/financials?dryRun=false', file, {
      as: 'fran.finance',
    });

    expect(response.body).toMatchObject({ committed: true, rows: 3, partners: 2, invalidRows: 0 });
    expect((await historyOf(first.id))[0]).toMatchObject({
      trigger: 'financials',
      inputs: { revenueMinor: 1_200_000 },
    });
    expect((await historyOf(second.id))[0]).toMatchObject({ inputs: { revenueMinor: 250_000 } });
  });

  it('refuses a KPI file with any bad row, listing each, and writes none of it', async () => {
    const file = [
      'partner_id,period,sla_attainment_pct,incidents,response_hours,response_target_hours',
      `${first.id},${monthsAgo(1)},99.5,0,4,8`,
      `00000000-0000-4000-8000-000000000000,${monthsAgo(1)},99,0,4,8`,
      `${first.id},2999-01,99,0,4,8`,
      `${second.id},${monthsAgo(1)},101,two,4,8`,
    ].join('\n');
    const before = (await historyOf(first.id)).length;

    const response = await upload<Refusal>('/scoring/imports/kpis?dryRun=false', file, {
      as: 'oli.ops',
    });
    const byFinance = await upload('/scoring/imports/kpis', file, { as: 'fran.finance' });
    const notCsv = await upload('/scoring/imports/kpis', '{}', {
      as: 'oli.ops',
      type: 'application/json',
    });

    expect(response.status).toBe(400);
    expect(response.body.details.report.errors.map((error) => [error.line, error.field])).toEqual([
      [5, 'sla_attainment_pct'],
      [5, 'incidents'],
      [3, 'partner_id'],
      [4, 'period'],
    ]);
    expect(response.body.details.report.invalidRows).toBe(3);
    expect((await historyOf(first.id)).length).toBe(before);
    expect(byFinance.status).toBe(403);
    expect(notCsv.status).toBe(415);
  });
});
