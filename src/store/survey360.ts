/**
 * The 360 in the store (issue 6, 004 §§34–36). The set-up: each person's respondents for a year,
 * saved whole — one person's edit or a whole unit's suggestions in one audited transaction. The
 * questionnaires: a random token per respondent and person, grouped under the respondent's code,
 * issued once. Sealing: the answers go in under their token and role, the tokens — the only link to a
 * respondent — are deleted in the same transaction, and the audit log records counts, never a token
 * with a name.
 */
import { answerProblems, planIssue, sealedAnswer, type Named, type Survey360Setup, type Survey360Token } from '../domain';
import type { Result } from '../domain/result';
import { Refusal, write, type StoreContext } from './context';
import type { StoreError } from './errors';

/**
 * Saves the set-ups that changed; returns how many did. A respondent removed after their
 * questionnaire was issued loses its unanswered token; a changed role goes to it too.
 */
export const saveSurvey360Setups = (ctx: StoreContext, setups: readonly Survey360Setup[]): Promise<Result<number, StoreError>> =>
  write(ctx, [ctx.db.survey360, ctx.db.survey360Tokens], async (tx) => {
    const stored = await tx.db.survey360.bulkGet(setups.map((s) => s.id));
    const changed = setups.map((s, i) => ({ s, before: stored[i] })).filter(({ s, before }) => JSON.stringify(before?.respondents ?? null) !== JSON.stringify(s.respondents));
    if (changed.length === 0) return 0;
    for (const { s } of changed) {
      const outstanding = await tx.db.survey360Tokens.where('evaluatedId').equals(s.evaluatedId).filter((t) => t.periodId === s.periodId).toArray();
      for (const t of outstanding) {
        const now = s.respondents.find((r) => r.respondentId === t.respondentId && r.issued);
        if (!now) await tx.db.survey360Tokens.delete(t.token);
        else if (now.role !== t.role) await tx.db.survey360Tokens.put({ ...t, role: now.role });
      }
    }
    await tx.db.survey360.bulkPut(changed.map(({ s }) => s));
    await tx.auditMany(changed.map(({ s, before }) => ({ action: before ? 'update' : 'create', entity: 'survey360', entityId: s.id, field: 'respondents', before: before?.respondents ?? null, after: s.respondents })));
    return changed.length;
  });

/**
 * Issues the questionnaires the set-ups call for (a token per respondent and person not yet issued,
 * one code per respondent for the year); returns how many tokens were issued. The audit records the
 * count only: a token next to a name would outlive the seal.
 */
export const issueQuestionnaires = (
  ctx: StoreContext,
  periodId: string,
  setups: readonly Survey360Setup[],
  left: ReadonlySet<string>,
  make: { readonly token: () => string; readonly code: () => string },
): Promise<Result<number, StoreError>> =>
  write(ctx, [ctx.db.survey360, ctx.db.survey360Tokens], async (tx) => {
    const outstanding = await tx.db.survey360Tokens.where('periodId').equals(periodId).toArray();
    const codes = new Map(outstanding.map((t) => [t.respondentId, t.code]));
    const plan = planIssue(setups, codes, left, make);
    if (plan.tokens.length === 0) return 0;
    await tx.db.survey360Tokens.bulkAdd(plan.tokens);
    await tx.db.survey360.bulkPut(plan.setups);
    await tx.audit({ action: 'create', entity: 'survey360Tokens', entityId: periodId, field: 'issued', before: null, after: plan.tokens.length });
    return plan.tokens.length;
  });

/** The unanswered tokens of a questionnaire code, for respondent mode. */
export const tokensOfCode = (ctx: StoreContext, code: string): Promise<Survey360Token[]> => ctx.db.survey360Tokens.where('code').equals(code).toArray();

/**
 * Seals a questionnaire's answers: each token must still be open and belong to the code; every
 * competency of the person's group scored on the scale; then the answers are stored under token and
 * role and the tokens deleted — all or nothing.
 */
export const sealAnswers = (
  ctx: StoreContext,
  code: string,
  answers: readonly { readonly token: string; readonly scores: Readonly<Record<string, number>> }[],
  competenciesOf: (evaluatedId: string) => readonly Named[],
  scale: { readonly min: number; readonly max: number },
): Promise<Result<number, StoreError>> =>
  write(ctx, [ctx.db.survey360Tokens, ctx.db.survey360Answers], async (tx) => {
    const tokens = await tx.db.survey360Tokens.bulkGet(answers.map((a) => a.token));
    const sealed = answers.map((a, i) => {
      const token = tokens[i];
      if (!token || token.code !== code) throw new Refusal('alreadyAnswered');
      if (answerProblems(a.scores, competenciesOf(token.evaluatedId), scale).length > 0) throw new Refusal('invalid');
      return sealedAnswer(token, a.scores);
    });
    await tx.db.survey360Answers.bulkAdd(sealed);
    await tx.db.survey360Tokens.bulkDelete(answers.map((a) => a.token));
    await tx.audit({ action: 'create', entity: 'survey360Answers', entityId: sealed[0]?.periodId ?? '', field: 'sealed', before: null, after: sealed.length });
    return sealed.length;
  });
