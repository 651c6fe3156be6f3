export * from './import-problems';
export * from './read-csv';
