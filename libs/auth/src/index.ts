export * from './caller';
export * from './roles.guard';
export * from './token-verifier';
