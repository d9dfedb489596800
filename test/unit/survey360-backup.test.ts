/**
 * Issue 6's anonymity guarantees checked on the backup file itself — the file HR saves and may hand
 * on — not only on the tables: after sealing, no row names a respondent next to an answer.
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { writeBackup } from '../../src/io/backup-workbook';
import { takeSnapshot } from '../../src/store/backup';
import { issueQuestionnaires, saveSurvey360Setups, sealAnswers } from '../../src/store/survey360';
import { testContext } from '../../src/store/test-support';

const setup = (evaluatedId: string, ...respondents: [string, 'manager' | 'subordinate' | 'peer' | 'self'][]) => ({
  id: `2026-Y:${evaluatedId}`,
  periodId: '2026-Y',
  evaluatedId,
  respondents: respondents.map(([respondentId, role]) => ({ respondentId, role })),
});

describe('360 anonymity in the backup file (issue 6 guarantees, 004 §34)', () => {
  it('004 §34: once sealed, no row of the backup names a respondent next to an answer, and the roles left cannot single out the manager or a subordinate', async () => {
    const ctx = testContext();
    const competencies = [{ id: 'ethics', names: { kk: '', ru: '' } }];
    await saveSurvey360Setups(ctx, [
      setup('a', ['m', 'manager'], ['s1', 'subordinate'], ['p1', 'peer'], ['p2', 'peer'], ['a', 'self']),
    ]);
    let n = 0;
    await issueQuestionnaires(
      ctx,
      '2026-Y',
      await ctx.db.survey360.toArray(),
      new Set(),
      { token: () => `tok${++n}`, code: () => `CODE-${n}` },
      { min: 3, max: 7 },
    );
    const issued = await ctx.db.survey360Tokens.toArray();
    for (const [i, tk] of issued.entries())
      expect(
        await sealAnswers(ctx, tk.code, [{ token: tk.token, scores: { ethics: 1 + i } }], () => competencies, { min: 1, max: 5 }),
      ).toEqual({ ok: true, value: 1 });

    // The file HR would save, read back sheet by sheet, row by row.
    const wb = XLSX.read(writeBackup(await takeSnapshot(ctx.db), { agencyId: 'ag' }), { type: 'array' });
    const rows = wb.SheetNames.flatMap((name) =>
      XLSX.utils
        .sheet_to_json<unknown[]>(wb.Sheets[name] as XLSX.WorkSheet, { header: 1, defval: null })
        .map((r) => ({ name, text: JSON.stringify(r) })),
    );
    const respondents = ['"m"', '"s1"', '"p1"', '"p2"'];
    for (const tk of issued) {
      const holding = rows.filter((r) => r.text.includes(tk.token));
      expect(holding.map((r) => r.name)).toEqual(['survey360Answers']);
      for (const r of holding)
        expect(
          respondents.some((who) => r.text.includes(who)),
          `${r.text} names a respondent`,
        ).toBe(false);
    }
    // Tokens are gone; the answers tell the self-assessment apart and nothing else, so the one manager's
    // answer looks like the peers' and the subordinate's.
    const answers = XLSX.utils.sheet_to_json<{ role: string }>(wb.Sheets['survey360Answers'] as XLSX.WorkSheet);
    expect(answers.map((a) => a.role).sort()).toEqual(['other', 'other', 'other', 'other', 'self']);
    expect(XLSX.utils.sheet_to_json(wb.Sheets['survey360Tokens'] as XLSX.WorkSheet)).toEqual([]);
    // The audit names no token.
    expect(wb.SheetNames).toContain('audit');
    expect(rows.filter((r) => r.name === 'audit' && /tok\d/.test(r.text))).toEqual([]);
  });
});
