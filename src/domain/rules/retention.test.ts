import { describe, expect, it } from 'vitest';
import { periodsOfYear } from '../model';
import { TYPICAL_2023 } from '../profiles/builtin';
import { periodsPastRetention } from './retention';

describe('retention of evaluation documents (004 §15)', () => {
  it('004 §15: on 22 November 2026 the 2022 quarters (completed by 10 January 2023) are past 3 years; 2023 Q3 (10 October 2023) too; 2023 Q4 (10 January 2024) not yet', () => {
    const ids = periodsPastRetention([...periodsOfYear(2022), ...periodsOfYear(2023)], '2026-11-22', TYPICAL_2023).map(
      (p) => p.id,
    );
    expect(ids).toEqual(['2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4', '2022-Y', '2023-Q1', '2023-Q2', '2023-Q3']);
  });

  it('004 §15: the day after the third anniversary of completion, not on it', () => {
    const q1 = periodsOfYear(2023).filter((p) => p.id === '2023-Q1');
    expect(periodsPastRetention(q1, '2026-04-10', TYPICAL_2023)).toEqual([]);
    expect(periodsPastRetention(q1, '2026-04-11', TYPICAL_2023).map((p) => p.id)).toEqual(['2023-Q1']);
  });
});
