import { IMPORT_COLUMNS, IMPORT_MAX_ROWS } from '@pn/contracts-api';
import { ImportProblems, readCsv } from '@pn/csv';

import { contractRows } from './contract-rows';
import { partnerRows } from './partner-rows';

const csv = (text: string) => Buffer.from(text, 'utf8');
const CONTRACT_HEADER =
  'external_ref,partner_ref,title,effective_date,initial_term_months,renewal_type,renewal_term_months,notice_days';
const partners = new Map([['P-1', 'Northwind Carriers LLC']]);

describe('checking rows', () => {
  it('reports every invalid contract row with its line, field and reason', () => {
    const problems = new ImportProblems();
    const rows = readCsv(
      csv(
        [
          CONTRACT_HEADER,
          'C-1,P-1,Good,2026-01-15,12,auto,12,90',
          'C-2,P-9,Unknown partner,2026-01-15,12,auto,12,90',
          'C-3,P-1,Bad date,2026-02-31,12,auto,12,90',
          'C-4,P-1,No renewal term,2026-01-15,12,auto,,90',
          'C-1,P-1,Repeated,2026-01-15,12,none,,0',
        ].join('\n'),
      ),
      IMPORT_COLUMNS.contracts,
      problems,
      IMPORT_MAX_ROWS,
    );

    const valid = contractRows(rows, partners, problems);

    expect(valid.map((row) => row.externalRef)).toEqual(['C-1']);
    expect(valid[0].terms).toMatchObject({
      counterpartyLegalName: 'Northwind Carriers LLC',
      noticeDays: 90,
    });
    expect(problems.listed.map((problem) => [problem.line, problem.field])).toEqual([
      [3, 'partner_ref'],
      [4, 'effective_date'],
      [5, 'renewal_term_months'],
      [6, 'external_ref'],
    ]);
  });

  it('keeps the report bounded for 10,000 bad rows while counting all of them', () => {
    const problems = new ImportProblems();
    const lines = Array.from({ length: 10_000 }, (_, index) => `P-${index},,airline`);
    const rows = readCsv(
      csv(['external_ref,legal_name,category', ...lines].join('\n')),
      IMPORT_COLUMNS.partners,
      problems,
      IMPORT_MAX_ROWS,
    );

    expect(partnerRows(rows, problems)).toEqual([]);
    expect(problems.invalidRows).toBe(10_000);
    expect(problems.listed).toHaveLength(100);
    expect(problems.omitted).toBe(19_900);
  });
});
