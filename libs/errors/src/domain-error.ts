/**
 * What kind of failure a code names. The gateway turns each kind into one HTTP status,
 * so a service never has to know about HTTP.
 */
export type ErrorKind =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'unsupported_type'
  | 'unavailable'
  | 'timeout'
  | 'internal';

/** The shape an error takes on the wire, between services and in HTTP bodies. */
export interface ErrorBody {
  code: string;
  kind: ErrorKind;
  message: string;
  details?: Record<string, unknown>;
}

/**
 * An expected failure of the domain, with a stable dotted code such as `contract.not_found`.
 * Codes are part of the API: clients match on them, so they never change meaning.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(code: string, message: string, details?: Record<string, unknown>): DomainError {
    return new DomainError(code, 'not_found', message, details);
  }

  static validation(message: string, details?: Record<string, unknown>): DomainError {
    return new DomainError('validation.failed', 'validation', message, details);
  }

  static conflict(code: string, message: string, details?: Record<string, unknown>): DomainError {
    return new DomainError(code, 'conflict', message, details);
  }

  static forbidden(code: string, message: string, details?: Record<string, unknown>): DomainError {
    return new DomainError(code, 'forbidden', message, details);
  }

  toBody(): ErrorBody {
    return {
      code: this.code,
      kind: this.kind,
      message: this.message,
      ...(this.details ? { details: this.details } : {}),
    };
  }

  /** Rebuilds an error received over the wire; anything unrecognised becomes `internal`. */
  static fromBody(body: unknown): DomainError {
    if (isErrorBody(body)) {
      return new DomainError(body.code, body.kind, body.message, body.details);
    }

    return new DomainError('internal.unexpected', 'internal', 'unexpected error from a service');
  }
}

const KINDS: ReadonlySet<string> = new Set<ErrorKind>([
  'validation',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'unavailable',
  'timeout',
  'too_large',
  'unsupported_type',
  'internal',
]);

export function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const candidate = value as Record<string, unknown>;

  return (
    typeof candidate.code === 'string' &&
    typeof candidate.message === 'string' &&
    typeof candidate.kind === 'string' &&
    KINDS.has(candidate.kind)
  );
}
