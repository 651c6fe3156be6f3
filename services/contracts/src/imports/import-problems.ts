import { IMPORT_MAX_REPORTED_ERRORS, type ImportProblem } from '@pn/contracts-api';

/**
 * Collects what is wrong with an import: every problem is counted, the first hundred are
 * kept, so a file of 10,000 bad rows gets a report a person can read.
 */
export class ImportProblems {
  readonly listed: ImportProblem[] = [];
  private readonly badLines = new Set<number>();
  omitted = 0;

  add(line: number, field: string, problem: string): void {
    this.badLines.add(line);
    if (this.listed.length < IMPORT_MAX_REPORTED_ERRORS) {
      this.listed.push({ line, field, problem });
    } else {
      this.omitted += 1;
    }
  }

  get invalidRows(): number {
    return this.badLines.size;
  }

  get any(): boolean {
    return this.badLines.size > 0;
  }
}
