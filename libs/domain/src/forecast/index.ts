export * from './burn-up';
export * from './distribution';
export * from './errors';
export * from './iso-date';
export * from './monte-carlo';
export * from './prng';
