export * from './log-context';
export * from './logger';
export * from './trace-context';
export * from './tracing';
