/**
 * The 360 ballot box tried as an adversary would (issue 20 §2, 004 §34): HR holds a backup taken
 * after the questionnaires went out (tokens with their respondents), the questionnaire workbooks
 * downloaded for each respondent (the cover names them, the hidden sheet holds their tokens), a
 * backup taken after every answer was sealed, another after the round closed, and the audit. Each
 * join an adversary would try is tried here; the test fails if any ties an answer to a respondent.
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Survey360Token } from '../../src/domain';
import { writeBackup } from '../../src/io/backup-workbook';
import { writeQuestionnaire } from '../../src/io/questionnaire-workbook';
import { normaliseSnapshot, takeSnapshot } from '../../src/store/backup';
import {
  closeSurvey360Round,
  importAnswers,
  issueQuestionnaires,
  saveSurvey360Setups,
  sealAnswers,
} from '../../src/store/survey360';
import { testContext } from '../../src/store/test-support';

type Role = 'manager' | 'subordinate' | 'peer' | 'self';
const setup = (evaluatedId: string, ...respondents: [string, Role][]) => ({
  id: `2026-Y:${evaluatedId}`,
  periodId: '2026-Y',
  evaluatedId,
  respondents: respondents.map(([respondentId, role]) => ({ respondentId, role })),
});
const competencies = [{ id: 'ethics', names: { kk: '', ru: '' } }];
const SCALE = { min: 1, max: 5 };

/** Every row of every sheet of a workbook file, as text, with its sheet's name. */
function rowsOf(bytes: Uint8Array): { sheet: string; text: string; cells: unknown[] }[] {
  const wb = XLSX.read(bytes, { type: 'array' });
  return wb.SheetNames.flatMap((sheet) =>
    XLSX.utils
      .sheet_to_json<unknown[]>(wb.Sheets[sheet] as XLSX.WorkSheet, { header: 1, defval: null })
      .map((cells) => ({ sheet, text: JSON.stringify(cells), cells })),
  );
}
const sheetOf = (bytes: Uint8Array, name: string) =>
  XLSX.utils.sheet_to_json<Record<string, unknown>>(XLSX.read(bytes, { type: 'array' }).Sheets[name] as XLSX.WorkSheet);

/** The questionnaire workbook HR downloads for one respondent: their name on the cover, their tokens hidden. */
const questionnaireOf = (respondent: string, code: string, tokens: readonly Survey360Token[]) =>
  writeQuestionnaire({
    agencyId: 'ag',
    periodId: '2026-Y',
    code,
    lang: 'ru',
    scale: SCALE,
    words: {
      coverSheet: 'Обложка',
      answerSheet: 'Ответы',
      title: 'Анкета',
      cover: [`Кому: ${respondent}`],
      scale: ['1 — не проявляется'],
      headers: ['№', 'Кого', 'Компетенция', 'Индикаторы', 'Оценка'],
    },
    blocks: tokens.map((t) => ({
      token: t.token,
      heading: t.evaluatedId,
      competencies: [{ id: 'ethics', name: 'Этика', indicators: '' }],
    })),
  });

describe('the 360 ballot box against an adversary holding backups, workbooks and the audit (issue 20 §2, 004 §34)', () => {
  it('004 §34: no join of two backups, the questionnaire workbooks and the audit ties an answer to its respondent', async () => {
    const ctx = testContext();
    // Six respondents about one person, each answering a different score, so any successful join shows.
    const respondents: [string, Role][] = [
      ['m', 'manager'],
      ['s1', 'subordinate'],
      ['p1', 'peer'],
      ['p2', 'peer'],
      ['p3', 'peer'],
      ['a', 'self'],
    ];
    await saveSurvey360Setups(ctx, [setup('a', ...respondents)]);
    let n = 0;
    await issueQuestionnaires(
      ctx,
      '2026-Y',
      await ctx.db.survey360.toArray(),
      new Set(),
      { token: () => `tok${String(++n).padStart(2, '0')}`, code: () => `CODE-${n}` },
      { min: 3, max: 7 },
    );
    const issued = await ctx.db.survey360Tokens.toArray();
    const respondentOf = new Map(issued.map((t) => [t.token, t.respondentId]));
    // What HR holds from before any answer: a backup with the open tokens, and each respondent's workbook.
    const before = writeBackup(await takeSnapshot(ctx.db), { agencyId: 'ag' });
    const workbooks = issued.map((t) => ({
      respondent: t.respondentId,
      rows: rowsOf(questionnaireOf(t.respondentId, t.code, [t])),
    }));
    expect(rowsOf(before).filter((r) => r.sheet === 'survey360Tokens' && r.text.includes('"p1"'))).toHaveLength(1);
    for (const w of workbooks) expect(w.rows.some((r) => r.sheet === 'Обложка' && r.text.includes(w.respondent))).toBe(true);

    // Answers come back: some at the kiosk, some as returned workbooks; the score tells who gave it.
    const scoreOf = new Map(respondents.map(([who], i) => [who, [1, 2, 3, 4, 5, 5][i] ?? 1]));
    const sealOrder = [...issued].sort((x, y) => (x.respondentId < y.respondentId ? 1 : -1));
    for (const [i, t] of sealOrder.entries()) {
      const scores = { ethics: scoreOf.get(t.respondentId) ?? 1 };
      if (i % 2 === 0)
        expect(await sealAnswers(ctx, t.code, [{ token: t.token, scores }], () => competencies, SCALE)).toMatchObject({
          ok: true,
        });
      else
        expect(
          await importAnswers(
            ctx,
            [
              {
                file: `${t.code}.xlsx`,
                agencyId: 'ag',
                periodId: '2026-Y',
                code: t.code,
                answers: [{ token: t.token, scores, problems: [] }],
              },
            ],
            () => competencies,
          ),
        ).toMatchObject({ ok: true, value: { sealed: 1 } });
    }
    const sealed = writeBackup(await takeSnapshot(ctx.db), { agencyId: 'ag' });
    expect(await closeSurvey360Round(ctx, '2026-Y')).toMatchObject({ ok: true });
    const closed = writeBackup(await takeSnapshot(ctx.db), { agencyId: 'ag' });

    for (const after of [sealed, closed]) {
      const rows = rowsOf(after);
      // Join 1 — by token: a token HR holds appears only in the spent records, and they hold nothing else.
      for (const t of issued) {
        const holding = rows.filter((r) => r.text.includes(t.token));
        expect(holding.map((r) => r.sheet)).toEqual(['survey360Spent']);
      }
      expect(Object.keys(sheetOf(after, 'survey360Spent')[0] ?? {}).sort()).toEqual(['periodId', 'token']);
      // Join 2 — by respondent: no row of the ballots names anyone but the person rated.
      const ballots = sheetOf(after, 'survey360Ballots');
      expect(ballots).toHaveLength(6);
      for (const b of ballots) expect(Object.keys(b).sort()).toEqual(['evaluatedId', 'id', 'periodId', 'role', 'scores']);
      for (const [who] of respondents.filter(([w]) => w !== 'a'))
        expect(rows.filter((r) => r.sheet === 'survey360Ballots' && r.text.includes(`"${who}"`))).toEqual([]);
      // The roles left tell the self-assessment apart and nothing else: the one manager looks like a peer.
      expect(ballots.map((b) => b['role']).sort()).toEqual(['other', 'other', 'other', 'other', 'other', 'self']);
      // Join 3 — by order: the ballots' order is neither the order of sealing, of the tokens, nor of
      // the respondents; a guess by any of them attributes fewer than half of the answers.
      const stored = ballots
        .filter((b) => b['role'] === 'other')
        .map((b) => (JSON.parse(String(b['scores']).replace(/^json:/, '')) as { ethics: number }).ethics / 100);
      const others = (order: readonly Survey360Token[]) =>
        order.filter((t) => t.role !== 'self').map((t) => scoreOf.get(t.respondentId));
      for (const guess of [
        others(sealOrder),
        others([...issued].sort((x, y) => (x.token < y.token ? -1 : 1))),
        others([...issued].sort((x, y) => (x.respondentId < y.respondentId ? -1 : 1))),
      ]) {
        const right = guess.filter((s, i) => s === stored[i]).length;
        expect(right, `a guess by order attributes ${right} of ${stored.length}`).toBeLessThan(stored.length / 2);
      }
      // Join 4 — by the spent records' order: it is the tokens' own order, not the order of sealing.
      expect(sheetOf(after, 'survey360Spent').map((s) => s['token'])).toEqual(issued.map((t) => t.token).sort());
      // Join 5 — by the audit: no token, no code and no respondent next to an answer; counts only.
      const audit = rows.filter((r) => r.sheet === 'audit');
      for (const t of issued) expect(audit.filter((r) => r.text.includes(t.token) || r.text.includes(t.code))).toEqual([]);
      const answerEntries = sheetOf(after, 'audit').filter((e) => e['entity'] === 'survey360Answers');
      expect(answerEntries.map((e) => e['after'])).toEqual([1, 1, 1]);
      for (const e of answerEntries) expect(respondentOf.has(String(e['entityId']))).toBe(false);
    }
    // Join 6 — the workbooks against the sealed backup: a workbook's tokens lead to a spent record,
    // which says the questionnaire came back (participation), never which answer is its.
    const spent = new Set(sheetOf(sealed, 'survey360Spent').map((s) => s['token']));
    expect(issued.every((t) => spent.has(t.token))).toBe(true);
  });

  it('issue 20 §2: a backup made before the ballot box restores its answers re-keyed — no token stays beside an answer', () => {
    const raw = {
      agency: [
        {
          id: 'ag',
          nameKk: 'Ұйым',
          nameRu: 'Организация',
          profileId: 'typical-2023',
          demo: false,
          createdAt: '2026-01-01T00:00:00.000Z',
        },
      ],
      units: [],
      employees: [],
      statuses: [],
      periods: [],
      settings: [],
      profiles: [],
      evaluations: [],
      audit: [],
      survey360Answers: [
        { token: 'tok-p1', periodId: '2026-Y', evaluatedId: 'a', role: 'peer', scores: { ethics: 400 } },
        { token: 'tok-a', periodId: '2026-Y', evaluatedId: 'a', role: 'self', scores: { ethics: 300 } },
      ],
    };
    const restored = normaliseSnapshot(raw);
    if (!restored.ok) throw new Error(JSON.stringify(restored.error));
    expect(restored.value.survey360Ballots.map((b) => [b['role'], b['scores']])).toEqual([
      ['other', { ethics: 400 }],
      ['self', { ethics: 300 }],
    ]);
    expect(JSON.stringify(restored.value.survey360Ballots)).not.toContain('tok-');
    expect(restored.value.survey360Spent.map((s) => s['token'])).toEqual(['tok-a', 'tok-p1']);
    // A broken answer in such a backup is located, not dropped.
    const broken = normaliseSnapshot({ ...raw, survey360Answers: [{ ...raw.survey360Answers[0], scores: { ethics: -1 } }] });
    expect(broken).toMatchObject({ ok: false, error: [{ table: 'survey360Answers', row: 1, field: 'scores.ethics' }] });
  });
});
