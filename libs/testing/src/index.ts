export * from './infra-env';
export * from './reset-infra';
export * from './service-stack';
export * from './tokens';
