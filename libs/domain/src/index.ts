export * from './backlog-item';
export * from './rank';
