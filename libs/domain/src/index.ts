export * from './backlog-item';
export * from './rank';
export * from './stakeholders';
export * from './forecast';
export * from './permissions';
export * from './ordering';
export * from './simulation';
