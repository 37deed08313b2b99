export * from './estimation';
export * from './readiness';
export * from './runway';
