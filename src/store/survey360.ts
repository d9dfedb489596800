/**
 * The 360 in the store (issue 6, 004 §§34–36). The set-up: each person's respondents for a year,
 * saved whole — one person's edit or a whole unit's suggestions in one audited transaction. The
 * questionnaires: a random token per respondent and person, grouped under the respondent's code,
 * issued once. Sealing (issue 20 §2, a ballot box): each answer goes in under a fresh random id with
 * the person rated and the role, the token — the only link to a respondent — is deleted in the same
 * transaction and kept only as a spent record, apart from the answers with nothing linking the two (so
 * a second answer to it is refused); the audit log records counts, never a token with a name.
 */
import {
  answerProblems,
  ballotId,
  planAnswerImport,
  planIssue,
  sealedAnswer,
  shuffled,
  spentRecords,
  type AnswerPlanRow,
  type Named,
  type ReturnedQuestionnaire,
  type Survey360Closure,
  type Survey360Feedback,
  type Survey360Setup,
  type Survey360Token,
} from '../domain';
import type { Result } from '../domain/result';
import { Refusal, write, type StoreContext, type Tx } from './context';
import { closed360SettingKey } from './settings';
import type { StoreError } from './errors';

/**
 * Saves the set-ups that changed; returns how many did. A respondent removed after their
 * questionnaire was issued loses its unanswered token; a changed role goes to it too.
 */
export const saveSurvey360Setups = (ctx: StoreContext, setups: readonly Survey360Setup[]): Promise<Result<number, StoreError>> =>
  write(ctx, [ctx.db.survey360, ctx.db.survey360Tokens], async (tx) => {
    const stored = await tx.db.survey360.bulkGet(setups.map((s) => s.id));
    const changed = setups
      .map((s, i) => ({ s, before: stored[i] }))
      .filter(({ s, before }) => JSON.stringify(before?.respondents ?? null) !== JSON.stringify(s.respondents));
    if (changed.length === 0) return 0;
    for (const { s } of changed) {
      const outstanding = await tx.db.survey360Tokens
        .where('evaluatedId')
        .equals(s.evaluatedId)
        .filter((t) => t.periodId === s.periodId)
        .toArray();
      for (const t of outstanding) {
        const now = s.respondents.find((r) => r.respondentId === t.respondentId && r.issued);
        if (!now) await tx.db.survey360Tokens.delete(t.token);
        else if (now.role !== t.role) await tx.db.survey360Tokens.put({ ...t, role: now.role });
      }
    }
    await tx.db.survey360.bulkPut(changed.map(({ s }) => s));
    await tx.auditMany(
      changed.map(({ s, before }) => ({
        action: before ? 'update' : 'create',
        entity: 'survey360',
        entityId: s.id,
        field: 'respondents',
        before: before?.respondents ?? null,
        after: s.respondents,
      })),
    );
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
  limits: { readonly min: number; readonly max: number },
): Promise<Result<{ issued: number; refused: ReturnType<typeof planIssue>['refused'] }, StoreError>> =>
  write(ctx, [ctx.db.survey360, ctx.db.survey360Tokens], async (tx) => {
    const outstanding = await tx.db.survey360Tokens.where('periodId').equals(periodId).toArray();
    const codes = new Map(outstanding.map((t) => [t.respondentId, t.code]));
    const plan = planIssue(setups, codes, left, make, limits);
    if (plan.tokens.length === 0) return { issued: 0, refused: plan.refused };
    await tx.db.survey360Tokens.bulkAdd(plan.tokens);
    await tx.db.survey360.bulkPut(plan.setups);
    await tx.audit({
      action: 'create',
      entity: 'survey360Tokens',
      entityId: periodId,
      field: 'issued',
      before: null,
      after: plan.tokens.length,
    });
    return { issued: plan.tokens.length, refused: plan.refused };
  });

/** The unanswered tokens of a questionnaire code, for respondent mode. */
export const tokensOfCode = (ctx: StoreContext, code: string): Promise<Survey360Token[]> =>
  ctx.db.survey360Tokens.where('code').equals(code).toArray();

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
  write(ctx, [ctx.db.survey360Tokens, ctx.db.survey360Ballots, ctx.db.survey360Spent, ctx.db.settings], async (tx) => {
    const tokens = await tx.db.survey360Tokens.bulkGet(answers.map((a) => a.token));
    await refuseIfClosed(tx, tokens[0]?.periodId);
    const sealed = answers.map((a, i) => {
      const token = tokens[i];
      if (!token || token.code !== code) throw new Refusal('alreadyAnswered');
      if (answerProblems(a.scores, competenciesOf(token.evaluatedId), scale).length > 0) throw new Refusal('invalid');
      return { token, scores: a.scores };
    });
    await putBallots(tx, ctx, sealed);
    // No audit entry here: its time and count would tell who sealed when (the respondent at the
    // kiosk). The round's closure records how many answers it holds (issue 20).
    return sealed.length;
  });

/**
 * Seals answers to open tokens: each a ballot under a fresh id, stored in shuffled order; the tokens
 * deleted and recorded as spent (in the order of the tokens, not of the ballots).
 */
async function putBallots(
  tx: Tx,
  ctx: StoreContext,
  answers: readonly { readonly token: Survey360Token; readonly scores: Readonly<Record<string, number>> }[],
): Promise<void> {
  const ballots = answers.map((a) => sealedAnswer(ballotId(ctx.randomBelow), a.token, a.scores));
  await tx.db.survey360Ballots.bulkAdd(shuffled(ballots, ctx.randomBelow));
  await tx.db.survey360Tokens.bulkDelete(answers.map((a) => a.token.token));
  await tx.db.survey360Spent.bulkAdd(spentRecords(answers.map((a) => a.token)));
}

/** What the store holds for the tokens of returned questionnaires: the open tokens and the spent ones. */
async function heldFor(
  db: StoreContext['db'],
  tokens: readonly string[],
): Promise<{ open: Map<string, Survey360Token>; spent: Set<string> }> {
  const [open, spent] = await Promise.all([db.survey360Tokens.bulkGet([...tokens]), db.survey360Spent.bulkGet([...tokens])]);
  return {
    open: new Map(open.flatMap((t) => (t ? [[t.token, t] as const] : []))),
    spent: new Set(spent.flatMap((s) => (s ? [s.token] : []))),
  };
}

/** The preview of an import of returned questionnaires: what each answer in them would do. */
export async function previewAnswerImport(
  ctx: StoreContext,
  returned: readonly ReturnedQuestionnaire[],
  competenciesOf: (evaluatedId: string) => readonly Named[],
): Promise<AnswerPlanRow[]> {
  const held = await heldFor(
    ctx.db,
    returned.flatMap((q) => q.answers.map((a) => a.token)),
  );
  return planAnswerImport(returned, held.open, held.spent, competenciesOf);
}

/**
 * Imports returned questionnaires in one transaction, planned again on what the store holds now: new
 * answers are sealed as ballots (see `putBallots`); an answer to a token already answered is never
 * applied — nothing stored can find its ballot again; nothing else changes. The audit records counts only.
 */
export const importAnswers = (
  ctx: StoreContext,
  returned: readonly ReturnedQuestionnaire[],
  competenciesOf: (evaluatedId: string) => readonly Named[],
): Promise<Result<{ sealed: number }, StoreError>> =>
  write(ctx, [ctx.db.survey360Tokens, ctx.db.survey360Ballots, ctx.db.survey360Spent, ctx.db.settings], async (tx) => {
    await refuseIfClosed(tx, returned[0]?.periodId);
    const held = await heldFor(
      tx.db,
      returned.flatMap((q) => q.answers.map((a) => a.token)),
    );
    const plan = planAnswerImport(returned, held.open, held.spent, competenciesOf);
    const fresh = plan.flatMap((r) => {
      const token = r.kind === 'new' ? held.open.get(r.token) : undefined;
      return token ? [{ token, scores: r.scores }] : [];
    });
    if (fresh.length === 0) return { sealed: 0 };
    await putBallots(tx, ctx, fresh);
    await tx.audit({
      action: 'create',
      entity: 'survey360Answers',
      entityId: fresh[0]?.token.periodId ?? '',
      field: 'sealed',
      before: null,
      after: fresh.length,
    });
    return { sealed: fresh.length };
  });

/** A closed round takes no more answers. */
async function refuseIfClosed(tx: Tx, periodId: string | undefined): Promise<void> {
  if (periodId !== undefined && (await tx.db.settings.get(closed360SettingKey(periodId))) !== undefined)
    throw new Refusal('roundClosed');
}

/**
 * HR closes a year's 360 round (issue 20): the questionnaires not returned are withdrawn (their
 * tokens deleted), nothing more is sealed, and from now on the results show — computed once over
 * all the answers, with the suppression rule, so no running mean can be differenced to one
 * respondent's answers. The audit records the counts only. A closed round is not reopened.
 */
export const closeSurvey360Round = (ctx: StoreContext, periodId: string): Promise<Result<Survey360Closure, StoreError>> =>
  write(ctx, [ctx.db.settings, ctx.db.survey360Tokens, ctx.db.survey360Ballots], async (tx) => {
    const key = closed360SettingKey(periodId);
    if ((await tx.db.settings.get(key)) !== undefined) throw new Refusal('roundClosed');
    const answers = await tx.db.survey360Ballots.where('periodId').equals(periodId).count();
    const withdrawn = await tx.db.survey360Tokens.where('periodId').equals(periodId).delete();
    const closure: Survey360Closure = { closedAt: ctx.now(), answers, withdrawn };
    await tx.db.settings.put({ key, value: closure });
    await tx.audit({
      action: 'update',
      entity: 'survey360',
      entityId: periodId,
      field: 'closed',
      before: null,
      after: { answers, withdrawn },
    });
    return closure;
  });

/** Saves the feedback meeting of a person's 360 (Appendix 8 role); audited field by field. */
export const saveFeedback = (ctx: StoreContext, feedback: Survey360Feedback): Promise<Result<boolean, StoreError>> =>
  write(ctx, [ctx.db.survey360Feedback], async (tx) => {
    const before = await tx.db.survey360Feedback.get(feedback.id);
    const fields = (['meetingDate', 'discussed', 'actions'] as const).filter((f) => (before?.[f] ?? '') !== feedback[f]);
    if (fields.length === 0) return false;
    await tx.db.survey360Feedback.put(feedback);
    await tx.auditMany(
      fields.map((f) => ({
        action: before ? 'update' : 'create',
        entity: 'survey360Feedback',
        entityId: feedback.id,
        field: f,
        before: before?.[f] ?? null,
        after: feedback[f],
      })),
    );
    return true;
  });
