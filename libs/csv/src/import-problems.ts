/** One thing wrong with an import file, where a person can find it. */
export interface ImportProblem {
  /** Line of the file, the header being line 1. */
  line: number;
  field: string;
  problem: string;
}

/**
 * Collects what is wrong with an import: every problem is counted, the first `maxListed`
 * are kept, so a file of 10,000 bad rows gets a report a person can read.
 */
export class ImportProblems {
  readonly listed: ImportProblem[] = [];
  private readonly badLines = new Set<number>();
  omitted = 0;

  constructor(private readonly maxListed = 100) {}

  add(line: number, field: string, problem: string): void {
    this.badLines.add(line);
    if (this.listed.length < this.maxListed) {
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
