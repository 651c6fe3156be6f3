export * from './approvals';
export * from './decision';
export * from './funnel';
export * from './opportunity-score';
export * from './qualification';
export * from './refusal';
export * from './stages';
