import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

import type { AuthenticatedRequest } from '@pn/auth';

/** The verified caller of the request; only on routes behind the authentication guard. */
export const CurrentCaller = createParamDecorator((_data: unknown, execution: ExecutionContext) => {
  const caller = execution.switchToHttp().getRequest<AuthenticatedRequest>().caller;
  if (!caller) {
    throw new Error('CurrentCaller used on a route without an authenticated caller');
  }

  return caller;
});
