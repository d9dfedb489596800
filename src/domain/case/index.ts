export * from './method';
export * from './types';
export * from './case';
export * from './year';
export * from './ranks';
export * from './progress';
export * from './commission';
export * from './submission';
