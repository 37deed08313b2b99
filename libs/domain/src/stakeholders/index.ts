export * from './budget-voting';
export * from './engagement';
export * from './errors';
export * from './mendelow';
export * from './stakeholder-groups';
export * from './value-spread';
