export * from './asyncapi';
export * from './catalogue';
export * from './define-event';
export * from './envelope';
