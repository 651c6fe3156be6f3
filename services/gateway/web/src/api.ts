// The gateway's REST API, called with the signed-in person's access token.

export interface LegalEntity {
  id: string;
  legalName: string;
  country: string;
  timeZone: string;
  currency: string;
}

export interface Me {
  subject: string;
  username: string;
  name?: string;
  roles: string[];
  entities: LegalEntity[];
}

export interface Renewal {
  contractId: string;
  entityId: string;
  partnerName: string;
  partnerCategory: string;
  title: string;
  renewalType: string;
  noticeDays: number;
  asOf: string;
  term: { number: number; start: string; end: string };
  noticeDeadline: string | null;
  actionDeadline: string;
  daysToActionDeadline: number;
  daysToTermEnd: number;
}

/** A failed API call, carrying the gateway's error body when there is one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
    readonly traceId: string | undefined,
  ) {
    super(message);
  }

  /** The token expired or was revoked: only signing in again helps. */
  get unauthenticated(): boolean {
    return this.status === 401;
  }
}

export function getMe(accessToken: string): Promise<Me> {
  return get<Me>('/api/v1/me', accessToken);
}

/** Upcoming renewals of the caller's entities, soonest action deadline first. */
export function getRenewals(accessToken: string): Promise<Renewal[]> {
  return get<Renewal[]>('/api/v1/renewals', accessToken);
}

async function get<T>(path: string, accessToken: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      headers: { Accept: 'application/json', Authorization: `Bearer ${accessToken}` },
    });
  } catch {
    // fetch rejects only when no answer came at all; its TypeError says nothing useful.
    throw new ApiError(0, undefined, 'Could not reach the server. Please try again.', undefined);
  }
  if (!response.ok) {
    throw await toApiError(response);
  }

  return (await response.json()) as T;
}

async function toApiError(response: Response): Promise<ApiError> {
  // The gateway answers errors as { code, message, details, traceId }; anything in front of it
  // (a proxy, a crash) may not, so every field is optional.
  const body = (await response.json().catch(() => ({}))) as {
    code?: string;
    message?: string;
    traceId?: string;
  };
  const message = body.message ?? `The server answered ${response.status} ${response.statusText}`;

  return new ApiError(response.status, body.code, message, body.traceId);
}
