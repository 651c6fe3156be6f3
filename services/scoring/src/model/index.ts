export * from './backups';
export * from './concentration';
export * from './default-model';
export * from './normalise';
export * from './portfolio';
export * from './score';
export * from './staleness';
export * from './types';
