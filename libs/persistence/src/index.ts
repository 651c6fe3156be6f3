export * from './copy-rows';
export * from './ensure-database';
export * from './migrate';
export * from './migrated-database';
export * from './persistence.module';
export * from './schema-drift';
