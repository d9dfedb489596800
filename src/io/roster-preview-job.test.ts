/**
 * The roster's preview is made in the workbook worker (issue 21): what the page gets through the job
 * boundary — a structured clone each way, a long list in parts — is what the pure functions give.
 */
import { describe, expect, it } from 'vitest';
import {
  absentFromAgency,
  absentFromRoster,
  mapHeaderRow,
  matchDrafts,
  planRosterImport,
  previewRoster,
  rowsToDrafts,
  type Cell,
  type RosterPreviewInput,
} from '../domain';
import { FULL_HEADER, HR_UNIT, storedPerson } from '../domain/roster-test-support';
import { ITEMS_PER_MESSAGE, resultCollector, splitResult } from './job-parts';
import { jobs } from './workbook-jobs';

/** The job as the page runs it: input cloned in, the result cloned out in parts and put together. */
function throughWorker(input: RosterPreviewInput): unknown {
  const { parts, rest } = splitResult(jobs.previewRoster(structuredClone(input)));
  const collected = resultCollector();
  for (const part of parts) collected.add(structuredClone(part));
  return collected.whole(structuredClone(rest));
}

const stored = storedPerson();
const left = storedPerson({ id: 'e2', surname: 'Сидорова', iin: '' });
const gone = storedPerson({ id: 'e3', surname: 'Петрова', iin: '' });
const header: Cell[] = [...FULL_HEADER];
const rows: Cell[][] = [
  ['Список сотрудников'],
  header,
  ['Иванова Ольга Петровна', '900101400023', 'Главный специалист', 'E-3', 'Отдел кадров', 44455, '', '30.09.2026'],
  ['Ким Виктор Петрович', '', 'Специалист', 'E-4', 'Юридический отдел', '01.01.2020', 'Иванова Ольга Петровна', ''],
  ['Плохой Ряд', '123', 'Специалист', 'E-9', 'Отдел кадров', '31.02.2021', 'Неизвестный', ''],
  ['Ким Виктор Петрович', '', 'Специалист', 'E-4', 'Юридический отдел', '01.01.2020', '', ''],
  // Enough rows for the matches to cross in parts.
  ...Array.from({ length: ITEMS_PER_MESSAGE + 500 }, (_, i): Cell[] => [
    `Жолдасов${i} Ерлан`,
    '',
    'Эксперт',
    'E-5',
    `Сектор ${i % 7}`,
    '02.03.2022',
    '',
    '',
  ]),
];
const input: RosterPreviewInput = {
  rows,
  headerRow: 1,
  mapping: mapHeaderRow(header),
  sheet: 'Тізім',
  existing: {
    units: [HR_UNIT],
    employees: [stored, left, gone],
    statuses: [{ id: 's1', employeeId: 'e3', kind: 'dismissed', from: '2026-01-01', to: null, note: '' }],
  },
};

describe('the roster preview job (issue 21)', () => {
  it('is the drafts matched against the agency and the people it leaves out, as the pure functions give them', () => {
    const matches = matchDrafts(rowsToDrafts(rows, 1, input.mapping, 'Тізім'), input.existing);
    const preview = previewRoster(input);
    expect(preview).toEqual({
      matches,
      absent: absentFromRoster(matches, input.existing),
      absentFromAgency: absentFromAgency(matches, input.existing),
    });
    expect(preview.absent.map((e) => e.id)).toEqual(['e2']);
    expect(preview.matches.slice(0, 4).map((m) => m.suggested)).toEqual(['update', 'add', 'skip', 'add']);
  });

  it('gives the page the same preview through the worker boundary, its long list in parts', () => {
    expect(splitResult(previewRoster(input)).parts.length).toBe(2);
    expect(throughWorker(input)).toEqual(previewRoster(input));
  });

  it('plans the same writes from the preview that crossed the boundary', () => {
    const plan = (matches: ReturnType<typeof previewRoster>['matches']) => {
      let n = 0;
      return planRosterImport({
        matches,
        actions: new Map(),
        existing: { ...input.existing, statuses: input.existing.statuses ?? [] },
        newId: () => `n${++n}`,
      });
    };
    const crossed = throughWorker(input) as ReturnType<typeof previewRoster>;
    expect(plan(crossed.matches)).toEqual(plan(previewRoster(input).matches));
  });

  it('passes a result without long lists, or one that is not a plain object, whole', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(splitResult(bytes)).toEqual({ parts: [], rest: bytes });
    const small = { ok: true, value: [1, 2] };
    expect(splitResult(small)).toEqual({ parts: [], rest: small });
    expect(resultCollector().whole(small)).toBe(small);
  });
});
