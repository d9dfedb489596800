import { describe, expect, it } from 'vitest';
import {
  importAnswers,
  issueQuestionnaires,
  previewAnswerImport,
  saveFeedback,
  saveSurvey360Setups,
  sealAnswers,
  tokensOfCode,
  closeSurvey360Round,
} from './survey360';
import { readSettings } from './settings';
import { testContext } from './test-support';

/** These tests' small set-ups (1–3 others each): the 004 §36 count is tested on `planIssue`. */
const LIMITS = { min: 1, max: 7 };
const setup = (evaluatedId: string, ...respondents: [string, 'manager' | 'subordinate' | 'peer' | 'self'][]) => ({
  id: `2026-Y:${evaluatedId}`,
  periodId: '2026-Y',
  evaluatedId,
  respondents: respondents.map(([respondentId, role]) => ({ respondentId, role })),
});

describe('360 set-up in the store (004 §36)', () => {
  it('004 §36: saves a unit’s respondents in one go, audits each person’s set, and an unchanged save writes nothing', async () => {
    const ctx = testContext();
    const first = [
      setup('a', ['m', 'manager'], ['b', 'peer'], ['a', 'self']),
      setup('b', ['m', 'manager'], ['a', 'peer'], ['b', 'self']),
    ];
    expect(await saveSurvey360Setups(ctx, first)).toEqual({ ok: true, value: 2 });
    expect(await saveSurvey360Setups(ctx, first)).toEqual({ ok: true, value: 0 });
    expect(await saveSurvey360Setups(ctx, [setup('a', ['m', 'manager'], ['a', 'self'])])).toEqual({ ok: true, value: 1 });
    expect((await ctx.db.survey360.where('periodId').equals('2026-Y').toArray()).map((s) => s.respondents.length)).toEqual([
      2, 3,
    ]);
    const log = await ctx.db.audit.toArray();
    expect(log.map((a) => `${a.action} ${a.entityId}`)).toEqual(['create 2026-Y:a', 'create 2026-Y:b', 'update 2026-Y:a']);
  });
});

describe('360 questionnaires in the store (issue 6, 004 §34)', () => {
  const competencies = [
    { id: 'ethics', names: { kk: '', ru: '' } },
    { id: 'results', names: { kk: '', ru: '' } },
  ];
  const make = () => {
    let n = 0;
    return { token: () => `tok${++n}`, code: () => `CODE-${n}` };
  };

  it('004 §36: issues a token per respondent and person once, one code per respondent; the audit holds the count only', async () => {
    const ctx = testContext();
    const setups = [
      setup('a', ['m', 'manager'], ['b', 'peer'], ['a', 'self']),
      setup('b', ['m', 'manager'], ['a', 'peer'], ['b', 'self']),
    ];
    await saveSurvey360Setups(ctx, setups);
    const stored = await ctx.db.survey360.toArray();
    expect(await issueQuestionnaires(ctx, '2026-Y', stored, new Set(['b']), make(), LIMITS)).toEqual({
      ok: true,
      value: { issued: 4, refused: [] },
    });
    const tokens = await ctx.db.survey360Tokens.toArray();
    // b has left: no questionnaire for b, about a or about b themself.
    expect(tokens.map((t) => `${t.respondentId}→${t.evaluatedId}`).sort()).toEqual(['a→a', 'a→b', 'm→a', 'm→b']);
    expect(new Set(tokens.filter((t) => t.respondentId === 'm').map((t) => t.code)).size).toBe(1);
    // Issued once: a second issue adds nothing.
    expect(await issueQuestionnaires(ctx, '2026-Y', await ctx.db.survey360.toArray(), new Set(['b']), make(), LIMITS)).toEqual({
      ok: true,
      value: { issued: 0, refused: [] },
    });
    const log = (await ctx.db.audit.toArray()).filter((a) => a.entity === 'survey360Tokens');
    expect(log.map((a) => a.after)).toEqual([4]);
    expect(JSON.stringify(log)).not.toMatch(/tok\d/);
  });

  it('004 §34, issue 20 §2: sealing stores each answer as a ballot under an id of its own with the role only, deletes the token and keeps it spent apart; nothing stored links an answer to its respondent or its token', async () => {
    const ctx = testContext();
    await saveSurvey360Setups(ctx, [setup('a', ['m', 'manager'], ['p1', 'peer'], ['p2', 'peer'], ['a', 'self'])]);
    await issueQuestionnaires(ctx, '2026-Y', await ctx.db.survey360.toArray(), new Set(), make(), LIMITS);
    const own = await tokensOfCode(
      ctx,
      (await ctx.db.survey360Tokens.toArray()).find((t) => t.respondentId === 'p1')?.code ?? '',
    );
    expect(own.map((t) => t.evaluatedId)).toEqual(['a']);
    const token = own[0]?.token ?? '';
    const competenciesOf = () => competencies;
    // Invalid or incomplete: refused, nothing stored.
    expect(
      await sealAnswers(ctx, own[0]?.code ?? '', [{ token, scores: { ethics: 6, results: 4 } }], competenciesOf, {
        min: 1,
        max: 5,
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(
      await sealAnswers(ctx, own[0]?.code ?? '', [{ token, scores: { ethics: 4 } }], competenciesOf, { min: 1, max: 5 }),
    ).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await ctx.db.survey360Ballots.count()).toBe(0);
    expect(
      await sealAnswers(ctx, own[0]?.code ?? '', [{ token, scores: { ethics: 4, results: 5 } }], competenciesOf, {
        min: 1,
        max: 5,
      }),
    ).toEqual({ ok: true, value: 1 });
    const ballots = await ctx.db.survey360Ballots.toArray();
    expect(ballots.map(({ id: _id, ...b }) => b)).toEqual([
      { periodId: '2026-Y', evaluatedId: 'a', role: 'other', scores: { ethics: 400, results: 500 } },
    ]);
    expect(JSON.stringify(ballots)).not.toContain(token);
    expect(await ctx.db.survey360Spent.toArray()).toEqual([{ token, periodId: '2026-Y' }]);
    // A token answers once.
    expect(
      await sealAnswers(ctx, own[0]?.code ?? '', [{ token, scores: { ethics: 1, results: 1 } }], competenciesOf, {
        min: 1,
        max: 5,
      }),
    ).toMatchObject({ ok: false, error: { code: 'alreadyAnswered' } });
    // The respondent cannot be derived: no table and no audit entry holds the token next to p1.
    for (const table of ctx.db.tables) {
      const rows = JSON.stringify(await table.toArray());
      expect(rows.includes(token) && rows.includes('p1'), `${table.name} links ${token} to p1`).toBe(false);
    }
    expect(await ctx.db.survey360Tokens.filter((t) => t.respondentId === 'p1').count()).toBe(0);
  });

  it('issue 6: a respondent removed after issuing loses the unanswered token; a changed role goes to the token', async () => {
    const ctx = testContext();
    await saveSurvey360Setups(ctx, [setup('a', ['m', 'manager'], ['p1', 'peer'], ['p2', 'peer'], ['a', 'self'])]);
    await issueQuestionnaires(ctx, '2026-Y', await ctx.db.survey360.toArray(), new Set(), make(), LIMITS);
    const issued = (await ctx.db.survey360.get('2026-Y:a'))?.respondents ?? [];
    await saveSurvey360Setups(ctx, [
      {
        ...setup('a'),
        respondents: issued
          .filter((r) => r.respondentId !== 'p2')
          .map((r) => (r.respondentId === 'p1' ? { ...r, role: 'subordinate' as const } : r)),
      },
    ]);
    const tokens = await ctx.db.survey360Tokens.toArray();
    expect(tokens.map((t) => `${t.respondentId}:${t.role}`).sort()).toEqual(['a:self', 'm:manager', 'p1:subordinate']);
  });
});

describe('returned 360 questionnaires in the store (issue 6, 004 §34)', () => {
  const competencies = [{ id: 'ethics', names: { kk: '', ru: '' } }];
  const returned = (file: string, ...answers: [string, number][]) => ({
    file,
    agencyId: 'ag',
    periodId: '2026-Y',
    code: 'C',
    answers: answers.map(([token, ethics]) => ({ token, scores: { ethics }, problems: [] })),
  });

  it('004 §34, issue 20 §2: imports seal new answers in one transaction; a questionnaire already answered is never applied again, whatever it says now', async () => {
    const ctx = testContext();
    await saveSurvey360Setups(ctx, [setup('a', ['m', 'manager'], ['p1', 'peer'], ['p2', 'peer'], ['a', 'self'])]);
    let n = 0;
    await issueQuestionnaires(
      ctx,
      '2026-Y',
      await ctx.db.survey360.toArray(),
      new Set(),
      { token: () => `tok${++n}`, code: () => `CODE-${n}` },
      LIMITS,
    );
    const tokens = (await ctx.db.survey360Tokens.toArray()).map((t) => t.token).sort();
    const first = returned('one.xlsx', ...tokens.map((t): [string, number] => [t, 4]));
    expect(await importAnswers(ctx, [first], () => competencies)).toEqual({ ok: true, value: { sealed: 4 } });
    expect(await ctx.db.survey360Tokens.count()).toBe(0);
    expect(await importAnswers(ctx, [first], () => competencies)).toEqual({ ok: true, value: { sealed: 0 } });
    const changed = returned('two.xlsx', [tokens[0] ?? '', 2], [tokens[1] ?? '', 1]);
    expect((await previewAnswerImport(ctx, [changed], () => competencies)).map((r) => r.kind)).toEqual(['answered', 'answered']);
    expect(await importAnswers(ctx, [changed], () => competencies)).toEqual({ ok: true, value: { sealed: 0 } });
    expect((await ctx.db.survey360Ballots.toArray()).map((a) => a.scores['ethics'])).toEqual([400, 400, 400, 400]);
    // Nothing stored about answers names a respondent or a token (the set-up says who was asked, the
    // spent records which questionnaires came back — participation, never content).
    const audit = (await ctx.db.audit.toArray()).filter((a) => a.entity !== 'survey360');
    const ballots = JSON.stringify(await ctx.db.survey360Ballots.toArray());
    for (const t of tokens) expect(ballots).not.toContain(t);
    expect(JSON.stringify({ ballots, tokens: await ctx.db.survey360Tokens.toArray(), audit })).not.toMatch(
      /"p1"|"p2"|"m"|respondentId/,
    );
    const log = (await ctx.db.audit.toArray()).filter((a) => a.entity === 'survey360Answers');
    expect(log.map((a) => `${a.field} ${String(a.after)}`)).toEqual(['sealed 4']);
  });
});

describe('360 feedback in the store (004 §37, Appendix 8 role)', () => {
  it('004 §37: stores the meeting, what was discussed and the agreed actions; an unchanged save writes nothing; each field audited', async () => {
    const ctx = testContext();
    const f = {
      id: '2026-Y:a',
      periodId: '2026-Y',
      evaluatedId: 'a',
      meetingDate: '2027-01-20',
      discussed: 'Итоги 360',
      actions: 'Курс по управлению изменениями',
    };
    expect(await saveFeedback(ctx, f)).toEqual({ ok: true, value: true });
    expect(await saveFeedback(ctx, f)).toEqual({ ok: true, value: false });
    expect(await saveFeedback(ctx, { ...f, actions: 'Наставничество' })).toEqual({ ok: true, value: true });
    expect(await ctx.db.survey360Feedback.get('2026-Y:a')).toMatchObject({ actions: 'Наставничество' });
    expect((await ctx.db.audit.toArray()).map((a) => `${a.action} ${a.field ?? ''}`)).toEqual([
      'create meetingDate',
      'create discussed',
      'create actions',
      'update actions',
    ]);
  });
});

describe('closing the year’s 360 round (issue 20 §2)', () => {
  it('withdraws the questionnaires not returned, takes no more answers, records counts only, and cannot be closed twice', async () => {
    const ctx = testContext();
    await saveSurvey360Setups(ctx, [setup('a', ['m', 'manager'], ['p1', 'peer'], ['p2', 'peer'], ['a', 'self'])]);
    let n = 0;
    await issueQuestionnaires(
      ctx,
      '2026-Y',
      await ctx.db.survey360.toArray(),
      new Set(),
      { token: () => `tok${++n}`, code: () => `CODE-${n}` },
      LIMITS,
    );
    const [first] = await ctx.db.survey360Tokens.toArray();
    const competenciesOf = () => [{ id: 'ethics', names: { kk: '', ru: '' } }];
    await sealAnswers(ctx, first?.code ?? '', [{ token: first?.token ?? '', scores: { ethics: 4 } }], competenciesOf, {
      min: 1,
      max: 5,
    });
    // The seal itself leaves no audit entry (its time would tell who sealed when).
    expect((await ctx.db.audit.toArray()).filter((a) => a.entity === 'survey360Answers')).toEqual([]);
    const open = await ctx.db.survey360Tokens.count();
    const closed = await closeSurvey360Round(ctx, '2026-Y');
    expect(closed).toMatchObject({ ok: true, value: { answers: 1, withdrawn: open } });
    expect(await ctx.db.survey360Tokens.count()).toBe(0);
    expect(readSettings(await ctx.db.settings.toArray()).closed360.get('2026-Y')).toMatchObject({ answers: 1, withdrawn: open });
    const [last] = (await ctx.db.audit.toArray()).slice(-1);
    expect(last).toMatchObject({ entity: 'survey360', field: 'closed', after: { answers: 1, withdrawn: open } });
    expect(await closeSurvey360Round(ctx, '2026-Y')).toMatchObject({ ok: false, error: { code: 'roundClosed' } });
  });
});
