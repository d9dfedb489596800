import { describe, expect, it } from 'vitest';
import type { CalibrationCase } from '../domain';
import { saveCalibration } from './calibration';
import { testContext } from './test-support';

const base: CalibrationCase = {
  id: '2026-Q1:ranking:e',
  periodId: '2026-Q1',
  employeeId: 'e',
  component: 'ranking',
  appliedOn: '2026-04-14',
  application: 'Не согласен',
  decidedOn: null,
  heldOn: null,
  evaluatorArgument: '',
  participants: [],
  reason: '',
  signedOn: null,
  feedback: { on: null, achievements: '', skills: '', potential: '' },
};

describe('calibration sessions in the store (004 §§38–43)', () => {
  it('logs each changed field; a signed protocol refuses changes but takes the feedback meeting', async () => {
    const ctx = testContext();
    await saveCalibration(ctx, base);
    await saveCalibration(ctx, {
      ...base,
      decidedOn: '2026-04-16',
      participants: [{ id: 'a', name: 'Ким О.', position: '', vote: null }],
    });
    await saveCalibration(ctx, {
      ...base,
      decidedOn: '2026-04-16',
      participants: [{ id: 'a', name: 'Ким О.', position: 'За 4,00', vote: 400 }],
      heldOn: '2026-04-24',
      reason: 'Объём работы',
      signedOn: '2026-04-24',
    });
    const signed = (await ctx.db.calibrations.get(base.id)) as CalibrationCase;
    expect(await saveCalibration(ctx, { ...signed, reason: 'Другая причина' })).toMatchObject({
      ok: false,
      error: { code: 'protocolSigned' },
    });
    expect(
      (
        await saveCalibration(ctx, {
          ...signed,
          feedback: {
            on: '2026-04-27',
            achievements: 'Проекты НПА',
            skills: 'Аналитика',
            potential: 'Резерв на главного специалиста',
          },
        })
      ).ok,
    ).toBe(true);
    const log = await ctx.db.audit.where('entityId').equals(base.id).toArray();
    expect(log.map((a) => a.field)).toEqual([
      '*',
      'decidedOn',
      'participants',
      'heldOn',
      'participants',
      'reason',
      'signedOn',
      'feedback',
    ]);
  });
  it('issue 20: two tabs on one case — each one’s changes land; an application registered twice, or a field both changed, is refused', async () => {
    const ctx = testContext();
    expect(await saveCalibration(ctx, base, null)).toMatchObject({ ok: true });
    expect(await saveCalibration(ctx, { ...base, application: 'Иное' }, null)).toEqual({
      ok: false,
      error: { code: 'editedElsewhere', detail: 'application' },
    });
    const member = { id: 'a', name: 'Ким О.', position: '', vote: null };
    await saveCalibration(ctx, { ...base, decidedOn: '2026-04-16', participants: [member] }, base);
    await saveCalibration(ctx, { ...base, evaluatorArgument: 'Объём работы' }, base);
    expect(await ctx.db.calibrations.get(base.id)).toMatchObject({
      application: 'Не согласен',
      decidedOn: '2026-04-16',
      participants: [member],
      evaluatorArgument: 'Объём работы',
    });
    expect(await saveCalibration(ctx, { ...base, decidedOn: '2026-04-17' }, base)).toMatchObject({
      ok: false,
      error: { code: 'editedElsewhere', detail: 'decidedOn' },
    });
    expect((await ctx.db.calibrations.get(base.id))?.decidedOn).toBe('2026-04-16');
  });
});
