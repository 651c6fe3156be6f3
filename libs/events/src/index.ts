export * from './catalogue';
export * from './define-event';
export * from './envelope';
export * from './asyncapi';
