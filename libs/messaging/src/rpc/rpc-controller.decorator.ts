import { applyDecorators, Controller, UseFilters, UseInterceptors } from '@nestjs/common';

import { RpcContextInterceptor } from './rpc-context.interceptor';
import { RpcErrorsFilter } from './rpc-errors.filter';

/**
 * Marks a class of NATS request handlers: each handler continues the caller's trace and
 * answers failures as error bodies with stable codes.
 */
export const RpcController = () =>
  applyDecorators(
    Controller(),
    UseInterceptors(RpcContextInterceptor),
    UseFilters(RpcErrorsFilter),
  );
