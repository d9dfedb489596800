import { createRoot, createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import type { EvaluationRecord } from '../../domain';
import type { ScoreChange } from '../../store/evaluations';
import { createPendingScores } from './pending-scores';

const record = (employeeId: string, scores: Record<string, number>): EvaluationRecord => ({
  id: `2026-Q1:ranking:${employeeId}`,
  periodId: '2026-Q1',
  employeeId,
  component: 'ranking',
  scores,
  comment: '',
  evaluatorId: null,
  profileId: 'typical-2023',
  profileVersion: 1,
});
const change = (employeeId: string, field: ScoreChange['field']): ScoreChange => ({
  periodId: '2026-Q1',
  employeeId,
  component: 'ranking',
  field,
});
const score = (employeeId: string, param: string, value: number | undefined) => change(employeeId, { param, value });

let dispose = () => {};
afterEach(() => dispose());

/** Pending scores over stored records the test sets, in a root disposed after the test. */
function setUp(stored: readonly EvaluationRecord[] = []) {
  return createRoot((d) => {
    dispose = d;
    const [records, setRecords] = createSignal(stored);
    return { ...createPendingScores(records), setRecords };
  });
}

describe('pending scores: typed but not yet stored, overlaid on the stored ones', () => {
  it('given nothing pending, then the stored scores are shown as they are (the same object)', () => {
    const pending = setUp();
    const stored = { quality: 400 };
    expect(pending.withPending('e', stored)).toBe(stored);
  });

  it('given a typed score, then it is shown over the stored one at once, for that person only', () => {
    const pending = setUp([record('e', { quality: 400, deadlines: 300 })]);
    pending.add([score('e', 'quality', 450)]);
    expect(pending.withPending('e', { quality: 400, deadlines: 300 })).toEqual({ quality: 450, deadlines: 300 });
    expect(pending.withPending('f', { quality: 200 })).toEqual({ quality: 200 });
  });

  it('given a cleared score (Delete), then it is shown as not entered until stored', () => {
    const pending = setUp([record('e', { quality: 400, deadlines: 300 })]);
    pending.add([score('e', 'quality', undefined)]);
    expect(pending.withPending('e', { quality: 400, deadlines: 300 })).toEqual({ deadlines: 300 });
  });

  it('given a comment or an evaluator change, then no score is pending', () => {
    const pending = setUp();
    const stored = { quality: 400 };
    pending.add([change('e', { comment: 'x' }), change('e', { evaluatorId: 'd' })]);
    expect(pending.withPending('e', stored)).toBe(stored);
  });

  it('given a pasted block, then every cell of it is pending, the later of two edits of one cell winning', () => {
    const pending = setUp();
    pending.add([
      score('e', 'quality', 450),
      score('e', 'deadlines', 350),
      score('f', 'quality', 200),
      score('e', 'quality', 475),
    ]);
    expect(pending.withPending('e', {})).toEqual({ quality: 475, deadlines: 350 });
    expect(pending.withPending('f', {})).toEqual({ quality: 200 });
  });

  it('given a pending score, when the stored record shows it, then it is no longer pending (a later stored change shows through)', () => {
    const pending = setUp([record('e', { quality: 400 })]);
    pending.add([score('e', 'quality', 450)]);
    pending.setRecords([record('e', { quality: 450 })]);
    // Settled: what is shown now is the stored value, whatever it becomes (another tab's edit).
    expect(pending.withPending('e', { quality: 300 })).toEqual({ quality: 300 });
  });

  it('given a pending score, when the records change but do not show it yet, then it stays pending', () => {
    const pending = setUp([record('e', { quality: 400 })]);
    pending.add([score('e', 'quality', 450)]);
    pending.setRecords([record('e', { quality: 400 }), record('f', { quality: 100 })]);
    expect(pending.withPending('e', { quality: 400 })).toEqual({ quality: 450 });
  });

  it('given a pending clear, when the stored record no longer has the score, then it is settled', () => {
    const pending = setUp([record('e', { quality: 400 })]);
    pending.add([score('e', 'quality', undefined)]);
    pending.setRecords([record('e', {})]);
    expect(pending.withPending('e', { quality: 300 })).toEqual({ quality: 300 });
  });

  it('given a pending score for a person without a record, when the first record is stored, then it is settled', () => {
    const pending = setUp([]);
    pending.add([score('e', 'quality', 450)]);
    pending.setRecords([record('e', { quality: 450 })]);
    expect(pending.withPending('e', {})).toEqual({});
  });

  it('given two pending scores of a person, when only one is stored, then only that one is settled', () => {
    const pending = setUp([record('e', {})]);
    pending.add([score('e', 'quality', 450), score('e', 'deadlines', 350)]);
    pending.setRecords([record('e', { quality: 450 })]);
    expect(pending.withPending('e', {})).toEqual({ deadlines: 350 });
  });

  it('given a failed write, when its changes are dropped, then the stored scores show again at once and other pending cells stay', () => {
    const pending = setUp([record('e', { quality: 400 })]);
    pending.add([score('e', 'quality', 450), score('e', 'deadlines', 350)]);
    pending.drop([score('e', 'quality', 450), change('e', { comment: 'x' })]);
    expect(pending.withPending('e', { quality: 400 })).toEqual({ quality: 400, deadlines: 350 });
    pending.drop([score('e', 'deadlines', 350)]);
    const stored = { quality: 400 };
    expect(pending.withPending('e', stored)).toBe(stored);
  });
});
