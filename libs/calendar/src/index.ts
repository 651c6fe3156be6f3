export * from './calendar-date';
export * from './term-end';
