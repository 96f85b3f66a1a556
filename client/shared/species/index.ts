// The species picker's data and search (issue 5, item 2). See README.md.
export * from './types';
export { TAXA } from './taxa';
export * from './search';
