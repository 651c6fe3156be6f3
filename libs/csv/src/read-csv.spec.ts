import { ImportProblems } from './import-problems';
import { readCsv } from './read-csv';

const csv = (text: string) => Buffer.from(text, 'utf8');
const PARTNER_COLUMNS = {
  required: ['external_ref', 'legal_name', 'category'],
  optional: ['crm_id'],
};
const MAX_ROWS = 1_000;

describe('reading an import file', () => {
  it('refuses bytes that are not UTF-8, naming the file', () => {
    const problems = new ImportProblems();

    expect(
      readCsv(Buffer.from([0x65, 0x78, 0xff, 0xfe, 0x0a]), PARTNER_COLUMNS, problems, MAX_ROWS),
    ).toEqual([]);
    expect(problems.listed[0]).toMatchObject({ line: 1, field: '(file)' });
    expect(problems.listed[0].problem).toContain('UTF-8');
  });

  it('names missing and unknown columns of the header', () => {
    const problems = new ImportProblems();

    readCsv(
      csv('external_ref,legal_name,colour\nP-1,Acme,red\n'),
      PARTNER_COLUMNS,
      problems,
      MAX_ROWS,
    );

    expect(problems.listed.map((problem) => problem.field)).toEqual(['category', 'colour']);
  });

  it('reports a broken quote at its line', () => {
    const problems = new ImportProblems();

    readCsv(
      csv('external_ref,legal_name,category\nP-1,Acme,carrier\nP-2,"Unclosed,vendor\n'),
      PARTNER_COLUMNS,
      problems,
      MAX_ROWS,
    );

    expect(problems.listed[0].field).toBe('(file)');
    expect(problems.listed[0].problem).toContain('not well-formed CSV');
  });

  it('numbers rows by their line in the file', () => {
    const problems = new ImportProblems();
    const rows = readCsv(
      csv(
        'external_ref,legal_name,category\r\nP-1,Acme,carrier\r\n\r\nP-2,"Multi\nline",vendor\r\nP-3,Last,vendor\r\n',
      ),
      PARTNER_COLUMNS,
      problems,
      MAX_ROWS,
    );

    expect(rows.map((row) => row.line)).toEqual([2, 4, 6]);
  });
});

describe('the size of an import file', () => {
  it('refuses a file with more rows than the limit, before reading any', () => {
    const problems = new ImportProblems();
    const rows = Array.from({ length: 3 }, (_, index) => `P-${index},Acme ${index},vendor`);

    expect(
      readCsv(
        csv(['external_ref,legal_name,category', ...rows].join('\n')),
        PARTNER_COLUMNS,
        problems,
        2,
      ),
    ).toEqual([]);
    expect(problems.listed).toEqual([
      { line: 1, field: '(file)', problem: 'has 3 rows; the limit is 2' },
    ]);
  });

  it('lists the first problems and counts the rest', () => {
    const problems = new ImportProblems(2);
    for (let line = 2; line < 7; line += 1) {
      problems.add(line, 'period', 'is not a month');
    }

    expect(problems.listed).toHaveLength(2);
    expect(problems.omitted).toBe(3);
    expect(problems.invalidRows).toBe(5);
  });
});
