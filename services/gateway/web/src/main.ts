// The page's entry point: finish a sign-in if Keycloak just sent the browser back, then show
// either the sign-in prompt or the signed-in person's renewals.

import { ApiError, getMe, getRenewals } from './api.js';
import { completeSignIn, signIn, signOut } from './auth.js';
import { element } from './dom.js';
import {
  showNotice,
  showRenewals,
  showRenewalsFailed,
  showSignedIn,
  showSignedOut,
  showUser,
} from './render.js';
import { clearSession, loadTokens } from './session.js';

async function start(): Promise<void> {
  onClick('sign-in', signIn);
  onClick('sign-out', signOut);
  try {
    await completeSignIn();
  } catch (error) {
    showSignedOut(errorMessage(error));

    return;
  }
  const tokens = loadTokens();
  if (tokens) {
    await showDashboard(tokens.accessToken);
  } else {
    showSignedOut();
  }
}

async function showDashboard(accessToken: string): Promise<void> {
  // Both at once; and one failing should not hide what the other returned.
  const [me, renewals] = await Promise.allSettled([getMe(accessToken), getRenewals(accessToken)]);
  const failures = [me, renewals].flatMap((result) =>
    result.status === 'rejected' ? [result.reason as unknown] : [],
  );
  if (failures.some((failure) => failure instanceof ApiError && failure.unauthenticated)) {
    // The access token expired or was revoked: start over from the sign-in prompt.
    clearSession();
    showSignedOut('Your session has ended. Please sign in again.');

    return;
  }
  showSignedIn();
  if (me.status === 'fulfilled') {
    showUser(me.value);
  }
  if (renewals.status === 'fulfilled') {
    showRenewals(renewals.value);
  } else {
    showRenewalsFailed();
  }
  if (failures.length > 0) {
    showNotice(errorMessage(failures[0]));
  }
}

function onClick(id: string, action: () => Promise<void>): void {
  element(id).addEventListener('click', () => {
    // On success the browser leaves the page; only a failure has to be shown here.
    action().catch((error: unknown) => showNotice(errorMessage(error)));
  });
}

/** A failure as one plain sentence, with the gateway's error code and trace id to quote. */
function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const reference = [error.code, error.traceId && `trace ${error.traceId}`].filter(Boolean);

    return reference.length > 0 ? `${error.message} (${reference.join(', ')})` : error.message;
  }

  return error instanceof Error ? error.message : String(error);
}

start().catch((error: unknown) => showSignedOut(errorMessage(error)));
