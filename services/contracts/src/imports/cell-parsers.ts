import { calendarDate } from '@pn/contracts-api';
import type { ImportProblems } from '@pn/csv';

/** Readers of one CSV cell that report a problem against the row and return undefined. */
export class RowReader {
  private valid = true;

  constructor(
    private readonly line: number,
    private readonly values: Record<string, string>,
    private readonly problems: ImportProblems,
  ) {}

  get ok(): boolean {
    return this.valid;
  }

  text(field: string, options: { required?: boolean; max?: number } = {}): string | null {
    const value = this.values[field] ?? '';
    if (value === '') {
      if (options.required) {
        this.fail(field, 'is required');
      }

      return null;
    }
    if (value.length > (options.max ?? 300)) {
      this.fail(field, `is longer than ${options.max ?? 300} characters`);
    }

    return value;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[], fallback?: T): T | null {
    const value = this.values[field] ?? '';
    if (value === '' && fallback !== undefined) {
      return fallback;
    }
    if (!(allowed as readonly string[]).includes(value)) {
      this.fail(field, `must be one of ${allowed.join(', ')}`);

      return null;
    }

    return value as T;
  }

  int(
    field: string,
    min: number,
    max: number,
    options: { required?: boolean } = {},
  ): number | null {
    const value = this.values[field] ?? '';
    if (value === '') {
      if (options.required) {
        this.fail(field, 'is required');
      }

      return null;
    }
    const number = Number(value);
    if (!/^-?\d+$/.test(value) || number < min || number > max) {
      this.fail(field, `must be a whole number from ${min} to ${max}`);

      return null;
    }

    return number;
  }

  date(field: string, options: { required?: boolean } = {}): string | null {
    const value = this.values[field] ?? '';
    if (value === '') {
      if (options.required) {
        this.fail(field, 'is required');
      }

      return null;
    }
    if (!calendarDate.safeParse(value).success) {
      this.fail(field, `"${value}" is not a calendar date YYYY-MM-DD`);

      return null;
    }

    return value;
  }

  matching(field: string, pattern: RegExp, description: string): string | null {
    const value = this.text(field);
    if (value !== null && !pattern.test(value)) {
      this.fail(field, description);

      return null;
    }

    return value;
  }

  fail(field: string, problem: string): void {
    this.valid = false;
    this.problems.add(this.line, field, problem);
  }
}
