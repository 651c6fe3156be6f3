/**
 * Subject of a request/reply handler, e.g. `pn.rpc.contracts.contract.get`. Read when the
 * handler's decorator is evaluated, so NATS_SUBJECT_PREFIX must be in the environment
 * before the service's modules are loaded, as it is for any process started with it.
 */
export function rpcSubject(name: string): string {
  const prefix = process.env.NATS_SUBJECT_PREFIX || 'pn';

  return `${prefix}.rpc.${name}`;
}
