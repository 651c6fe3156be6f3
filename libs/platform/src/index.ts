export * from './bootstrap';
export * from './domain-service.module';
export * from './health.controller';
export * from './health.module';
export * from './logging.module';
export * from './periodic-check';
