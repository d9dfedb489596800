/**
 * Grade scales: the 2023 four grades over 0–5 (004 §8, 001 §7) and the 2017 points scales
 * (002 §27 quarterly, §33 annual). A scale lists bands from the highest; a value gets the first band
 * whose lower bound it reaches. Values are integers in the scale's unit (hundredths, points, tenths).
 */
export const GRADES = ['excellent', 'effective', 'proper', 'satisfactory', 'unsatisfactory'] as const;
export type GradeId = (typeof GRADES)[number];

export interface Band {
  readonly grade: GradeId;
  /** Inclusive lower bound in the scale's unit; `null` for the lowest band. */
  readonly min: number | null;
}

export interface Scale {
  /** 2 → the unit is 0.01 (hundredths), 1 → 0.1, 0 → whole points. */
  readonly decimals: 0 | 1 | 2;
  readonly bands: readonly Band[];
}

/**
 * @example gradeOf(SCALE_2023, 399) === 'proper'; gradeOf(SCALE_2023, 400) === 'effective'
 */
export function gradeOf(scale: Scale, value: number): GradeId {
  for (const band of scale.bands) if (band.min === null || value >= band.min) return band.grade;
  const last = scale.bands[scale.bands.length - 1];
  if (!last) throw new Error('a scale needs at least one band');
  return last.grade;
}

/** Scales are ordered from the highest band and end with an open lowest band. */
export function scaleProblems(scale: Scale): string[] {
  const problems: string[] = [];
  const mins = scale.bands.map((b) => b.min);
  if (scale.bands.length === 0) problems.push('noBands');
  if (mins.slice(0, -1).some((m) => m === null)) problems.push('openBandNotLast');
  for (let i = 1; i < mins.length; i++) {
    const a = mins[i - 1];
    const b = mins[i];
    if (a !== null && a !== undefined && b !== null && b !== undefined && b >= a) problems.push('bandsNotDescending');
  }
  return problems;
}
