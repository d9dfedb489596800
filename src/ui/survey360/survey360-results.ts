/**
 * A year's 360 results as the screens read them (issue 6): the sealed answers of the year grouped
 * per person and aggregated by the profile (mean of non-self answers per competency, suppressed
 * under the anonymity threshold, self beside, least expressed) — only once HR has closed the
 * year's round (issue 20): before, no result shows, so no running mean can be differenced to one
 * respondent's answers.
 */
import { createMemo, type Accessor } from 'solid-js';
import { competenciesOf, resultsOfYear, unitHeadIds, type Named, type PersonResult, type Survey360Closure } from '../../domain';
import type { useAgency } from '../app/agency-state';

export interface YearResults {
  /** The round's closure; undefined while it is open (and `results` empty). */
  readonly closure: Survey360Closure | undefined;
  readonly results: ReadonlyMap<string, PersonResult>;
  readonly competenciesOf: (personId: string) => readonly Named[];
}

export function createYearResults(agency: ReturnType<typeof useAgency>, periodId: Accessor<string>): Accessor<YearResults> {
  const closure = () => agency.settings().closed360.get(periodId());
  const answers = agency.live('survey360Answers', () => (periodId() && closure() ? [periodId()] : []), []);
  const results = createMemo(() => {
    const heads = unitHeadIds(agency.employees(), agency.profile().unitHeadCategories.value);
    const profile = agency.profile();
    const of = (personId: string) => competenciesOf(personId, heads, profile);
    const closed = closure();
    return {
      closure: closed,
      results: closed ? resultsOfYear(answers(), of, profile) : new Map<string, PersonResult>(),
      competenciesOf: of,
    };
  });
  return results;
}

/** A cell's background on the heatmap: red to green over the answer scale, light enough for dark text. */
export function heatColour(mean: number, scale: { readonly min: number; readonly max: number }): string {
  const share = Math.min(1, Math.max(0, (mean / 100 - scale.min) / (scale.max - scale.min)));
  return `hsl(${Math.round(share * 120)} 70% 85%)`;
}
