/**
 * The public entry point of the pure engine (README, "Engine API"). Everything here is plain data
 * and pure functions: no storage, no DOM, no clock.
 */
export * from './model';
export * from './problems';
export * from './categories';
export * from './iin';
export * from './dates';
export * from './numbers';
export * from './employee-rules';
export * from './roster-headers';
export * from './roster-rows';
export * from './roster-plan';
export * from './demo';
export * from './prng';
export * from './profile-catalog';
export * from './result';
export * as schemas from './schemas';
