export * from './estimation';
export * from './readiness';
