export * from './api-process';
export * from './builders';
export * from './graphql-client';
export * from './accounts';
export * from './live-client';
