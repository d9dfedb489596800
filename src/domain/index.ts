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
// The methodology engine: profiles as cited data and the rules over them.
export * from './profiles/types';
export * from './profiles/assumptions';
export * from './profiles/builtin';
export * from './profiles/points-activities';
export * from './profiles/indicators';
export * from './profiles/schema';
export * from './profiles/competencies';
export * from './profiles/grade-phrases';
export * from './rules/score';
export * from './rules/grades';
export * from './rules/trace';
export * from './rules/ranking';
export * from './rules/kci';
export * from './rules/kci-sheet';
export * from './rules/points';
export * from './rules/points-sheet';
export * from './rules/points-exchange';
export * from './rules/annual';
export * from './rules/calendar';
export * from './rules/eligibility';
export * from './rules/schedule';
export * from './rules/procedures';
export * from './rules/familiarisation';
export * from './rules/deadline-board';
export * from './rules/calibration-case';
export * from './rules/retention';
export * from './rules/commission-sitting';
export * from './rules/final-result';
export * from './rules/unit-exchange';
export * from './rules/consolidated';
export * from './rules/survey360';
export * from './rules/survey360-setup';
export * from './rules/survey360-exchange';
export * from './rules/competency-sheet';
export * from './rules/roles';
export * from './rules/score-input';
export * from './rules/paste';
export * from './rules/cell-range';
export * from './case/index';
