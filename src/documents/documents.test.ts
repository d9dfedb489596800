/**
 * The documents' content, made from small agencies' cases in Russian or Kazakh: what each prints,
 * and that it carries only its addressee's people.
 */
import { describe, expect, it } from 'vitest';
import {
  calibrationId,
  evaluationId,
  JUSTICE_2017,
  lockId,
  periodsOfYear,
  TYPICAL_2023,
  ZHANAOZEN_2023,
  type CommissionSitting,
} from '../domain';
import {
  acquainted,
  auditEntry,
  kciPlanOf,
  kciRecord,
  lockOn,
  rankingRecord,
  testBook,
  testPerson,
  TEST_PERIODS,
} from '../domain/case/testing';
import { wordsIn } from '../i18n/words';
import { partRows } from '../io/document-workbook';
import { calibrationProtocol } from './calibration-protocol';
import { commissionProtocol } from './commission-protocol';
import { dossierDocument } from './dossier';
import type { Block, DocumentModel } from './model';
import { questionnaireInput } from './questionnaire-360';
import { unitWorkbook } from './unit-workbook';

const ru = wordsIn('ru');
const q1 = TEST_PERIODS.find((p) => p.id === '2026-Q1');
if (!q1) throw new Error('no Q1');
/** A unit workbook's data: unit «Отдел» in Q1, no agency, one fixed id for new rows. */
const unitData = (book: ReturnType<typeof testBook>) => ({
  book,
  unit: { id: 'u', name: 'Отдел', parentId: null, order: 0 },
  quarter: q1,
  units: [],
  agency: undefined,
  exportedAt: '',
  newId: () => 'n',
});
const blocksOf = (doc: DocumentModel) => doc.parts.flatMap((p) => ('blocks' in p ? p.blocks : []));
const fieldsOf = (doc: DocumentModel) =>
  Object.fromEntries(blocksOf(doc).flatMap((b) => (b.kind === 'fields' ? b.rows.map((r) => [r.label, r.value] as const) : [])));
const tableOf = (doc: DocumentModel, n = 0) =>
  blocksOf(doc).filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table')[n];

const submitted = [[lockId('2026-Q1', 'u', 'ranking'), lockOn('2026-04-08')] as const];

describe('the appeal dossier (issue 7): one person’s quarter as the case tells it', () => {
  it('eligibility with its rule, the result with its explanation, deadlines met or missed, the history', () => {
    const book = testBook(
      { records: [rankingRecord('2026-Q1', 's', 350)], familiarisations: [acquainted('2026-Q1', 'ranking', 's', '2026-04-13')] },
      { asOf: '2026-04-20', locks: submitted },
    );
    const c = book.caseOf('s', '2026-Q1');
    if (!c) throw new Error('no case');
    const doc = dossierDocument(
      {
        case: c,
        unitName: 'Отдел',
        history: [
          {
            at: '2026-04-02T10:00:00Z',
            operator: 'Ким',
            action: 'update',
            entity: 'evaluations',
            entityId: c.input?.method === 'ranking' ? (c.input.record?.id ?? '') : '',
            field: 'scores.quality',
            before: null,
            after: 350,
            reason: '',
          },
        ],
        agencyId: 'a',
        exportedAt: '2026-04-20T10:00:00Z',
      },
      ru,
    );
    const f = fieldsOf(doc);
    expect(f['Оценивается']).toMatch(/^Оценивается; срок 10\.04\.2026 \(004 §5\)$/);
    // 004 §8: the grade in the act's words.
    expect(f['Результат']).toBe('Ранжирование: 3,50 — Выполняет функциональные обязанности надлежащим образом');
    expect(blocksOf(doc).some((b) => b.kind === 'explanation' && b.title === 'Почему 3,50?')).toBe(true);
    expect(tableOf(doc)?.rows).toEqual([
      ['Оценка сдана', '10.04.2026', '08.04.2026 · в срок'],
      ['Ознакомление', '10.04.2026', '13.04.2026 · с нарушением срока'],
      ['Протокол Комиссии подписан', '', '— · не выполнено'],
    ]);
    expect(tableOf(doc, 1)?.rows[0]).toEqual([
      ru.formatDateTime('2026-04-02T10:00:00Z'),
      'Ким',
      'Ким изменил(а) «Качество выполнения функциональных обязанностей» (2026 · 1 кв.) — s А: — → 3,50',
      '',
    ]);
    expect(doc.envelope).toMatchObject({ periodId: '2026-Q1', employeeId: 's' });
  });

  it('its history is in words, and a pasted block says only this person’s cells (004 §§16, 21: no one else is named)', () => {
    const book = testBook({ records: [rankingRecord('2026-Q1', 's', 350)] }, { asOf: '2026-04-20' });
    const c = book.caseOf('s', '2026-Q1');
    if (!c) throw new Error('no case');
    const cells = [
      { record: evaluationId('2026-Q1', 'ranking', 's'), field: 'scores.quality', before: null, after: 400 },
      { record: evaluationId('2026-Q1', 'ranking', 'other'), field: 'scores.quality', before: null, after: 300 },
    ];
    const block = auditEntry({ operator: 'Ким', entity: 'evaluations', entityId: 'block:1', field: 'cells', after: cells });
    const lock = auditEntry({
      operator: 'Ким',
      entity: 'locks',
      entityId: `lock:${lockId('2026-Q1', 'u', 'ranking')}`,
      field: 'locked',
      before: false,
      after: { locked: true, notEvaluated: [{ employeeId: 'other', reason: 'x' }] },
    });
    const doc = dossierDocument(
      { case: c, unitName: 'Отдел', history: [block, lock], agencyId: 'a', exportedAt: '2026-04-20T10:00:00Z' },
      ru,
    );
    const [pasted, submission] = tableOf(doc, 1)?.rows ?? [];
    expect(pasted?.[2]).toBe('Ким изменил(а) «Качество выполнения функциональных обязанностей» (2026 · 1 кв.) — s А: — → 4,00');
    expect(submission?.[2]).toBe('Ким сдал(а) и закрыл(а) ранжирование подразделения «Отдел» за 2026 · 1 кв.');
    expect(JSON.stringify(tableOf(doc, 1)?.rows)).not.toMatch(/other|3,00/);
  });
});

describe('the Commission protocol (Appendix 5)', () => {
  const sitting: CommissionSitting = {
    id: '2026-Q1',
    periodId: '2026-Q1',
    number: 1,
    approval: null,
    orderNumber: '3',
    orderDate: '2026-01-05',
    seats: [
      { id: 'c', name: 'Абаев', role: 'chair' },
      { id: 'm', name: 'Бекова', role: 'member' },
      { id: 'x', name: 'Ким', role: 'secretary' },
    ],
    heldOn: '2026-04-15',
    present: ['c', 'm', 'x'],
    cases: [
      {
        employeeId: 's',
        component: 'ranking',
        votes: { c: 'revise', m: 'revise' },
        corrected: 300,
        reason: 'Сроки',
        recommendation: 'Обучение',
      },
    ],
    conclusion: 'Утвердить',
    signedOn: '2026-04-15',
  };
  const book = testBook({ records: [rankingRecord('2026-Q1', 's', 350)], sittings: [sitting] }, { locks: submitted });

  it('001 §§51–61: the sitting’s people with the result before it, the correction, the decision, the signatures in order', () => {
    const doc = commissionProtocol(
      { book, period: q1, sitting, agency: { id: 'a', nameKk: 'Ұйым', nameRu: 'Орган' }, exportedAt: '' },
      'ru',
    );
    expect(fieldsOf(doc)['Присутствовали']).toBe(
      'Абаев (Председатель Комиссии); Бекова (Член Комиссии); Ким (Секретарь Комиссии)',
    );
    // Appendix 5's columns: «Сведения о результатах оценки» with the grade in 004 §8's words; no column the form lacks.
    expect(tableOf(doc)?.columns).toEqual([
      '№ п/п',
      'Фамилия, имя, отчество (при его наличии) служащих',
      'Сведения о результатах оценки',
      'Корректировка Комиссией результатов оценки (в случае наличия)',
      'Рекомендации Комиссии',
    ]);
    expect(tableOf(doc)?.rows).toEqual([
      ['1', 's А', '3,50 — Выполняет функциональные обязанности надлежащим образом', '3,00 — Сроки', 'Обучение'],
    ]);
    expect(blocksOf(doc)).toContainEqual({ kind: 'text', text: 'Проверено:' });
    const signatures = blocksOf(doc).find((b) => b.kind === 'signatures');
    expect(signatures?.kind === 'signatures' && signatures.rows.map((r) => r.role)).toEqual([
      'Секретарь Комиссии',
      'Председатель Комиссии',
      'Член Комиссии',
    ]);
  });

  it('001 §§52, 56: a member marked absent is neither among those present nor a signatory, in ru and kk', () => {
    const withAbsent: CommissionSitting = {
      ...sitting,
      seats: [...sitting.seats, { id: 'd', name: 'Доспаев', role: 'member' }, { id: 'e', name: 'Ержанова', role: 'member' }],
      present: ['c', 'm', 'x', 'e'],
      cases: sitting.cases.map((c) => ({ ...c, votes: { c: 'revise', m: 'revise', e: 'approve' } })),
    };
    for (const lang of ['ru', 'kk'] as const) {
      const doc = commissionProtocol({ book, period: q1, sitting: withAbsent, agency: undefined, exportedAt: '' }, lang);
      const signatures = blocksOf(doc).find((b) => b.kind === 'signatures');
      const names = signatures?.kind === 'signatures' ? signatures.rows.map((r) => r.name) : [];
      expect(names).toEqual(['Ким', 'Абаев', 'Бекова', 'Ержанова']);
      expect(JSON.stringify(blocksOf(doc))).not.toContain('Доспаев');
    }
  });

  it('001 §61, 004 Appendix 5: the approval block opens the form — «УТВЕРЖДАЮ» / «БЕКІТЕМІН», the authorised person, date and signature', () => {
    const approved = { ...sitting, approval: { name: 'Асанов Б.', position: 'Аким города', on: '2026-04-16' } };
    const ru = commissionProtocol({ book, period: q1, sitting: approved, agency: undefined, exportedAt: '' }, 'ru');
    expect(blocksOf(ru)[0]).toEqual({
      kind: 'approval',
      lines: [
        'Приложение 5',
        'Форма',
        '«УТВЕРЖДАЮ»',
        'Аким города',
        'Асанов Б.',
        'дата: 16.04.2026',
        'подпись: ____________________',
      ],
    });
    const draft = commissionProtocol({ book, period: q1, sitting, agency: undefined, exportedAt: '' }, 'kk');
    const first = blocksOf(draft)[0];
    expect(first?.kind === 'approval' && first.lines.slice(0, 5)).toEqual([
      '5-қосымша',
      'Нысан',
      '«БЕКІТЕМІН»',
      'Уәкілетті тұлға',
      '____________________ (тегі, аты-жөнінің бірінші әріптері)',
    ]);
  });

  it('without a sitting it is the draft: every completed result, empty columns to fill, the signature lines blank', () => {
    const doc = commissionProtocol({ book, period: q1, sitting: undefined, agency: undefined, exportedAt: '' }, 'kk');
    expect(tableOf(doc)?.rows).toEqual([[1, 's А', '3,50 — Функционалдық міндеттерін тиісті түрде атқарады', '', '']]);
    const rows = partRows(blocksOf(doc)).rows;
    expect(rows.some((r) => r[0] === 'Комиссия хатшысы' && r[1] === '')).toBe(true);
  });

  it('002 §35, 002 Appendix 5: the annual sitting states «бағалау түрі: жылдық», the year, and the year’s result in tenths', () => {
    const year = periodsOfYear(2026).find((p) => p.kind === 'year');
    if (!year) throw new Error('no year');
    const annual: CommissionSitting = {
      ...sitting,
      id: '2026-Y:1',
      periodId: year.id,
      heldOn: '2027-01-20',
      signedOn: '2027-01-20',
      cases: [{ ...sitting.cases[0]!, component: 'points', corrected: 45 }],
    };
    const sheet = {
      id: '2026-Y:s',
      periodId: year.id,
      employeeId: 's',
      incentives: [],
      violations: [],
      targets: [{ id: 't', name: 'Жоспар', result: 'achieved' as const }],
      profileId: JUSTICE_2017.id,
      profileVersion: JUSTICE_2017.version,
    };
    const justice = testBook(
      { sheets: [sheet], sittings: [annual] },
      { profile: JUSTICE_2017, asOf: '2027-01-21', locks: [[lockId(year.id, 'u', 'points'), lockOn('2027-01-12')]] },
    );
    const kk = commissionProtocol({ book: justice, period: year, sitting: annual, agency: undefined, exportedAt: '' }, 'kk');
    expect(fieldsOf(kk)['Бағалау түрі']).toBe('жылдық');
    // 002 §35: the signed decision is final — its form has no «БЕКІТЕМІН» block, only the appendix line.
    expect(blocksOf(kk)[0]).toEqual({ kind: 'approval', lines: ['5-қосымша', 'Нысан'] });
    expect(fieldsOf(kk)['Бағаланатын кезең']).toBe('2026 жыл');
    // 002 §33's word for the grade.
    expect(tableOf(kk)?.rows[0]?.slice(2, 4)).toEqual(['3,5 — қанағаттанарлық', '4,5 — Сроки']);
    expect(blocksOf(kk)).toContainEqual({ kind: 'text', text: 'Тексерген:' });
    const ru = commissionProtocol({ book: justice, period: year, sitting: annual, agency: undefined, exportedAt: '' }, 'ru');
    expect(fieldsOf(ru)['Вид оценки']).toBe('годовая');
    // Under 004 the protocol has no kind of evaluation: the Commission reviews quarters only (004 §5).
    expect(
      fieldsOf(commissionProtocol({ book, period: q1, sitting, agency: undefined, exportedAt: '' }, 'ru'))['Вид оценки'],
    ).toBeUndefined();
  });
});

describe('the calibration protocol (004 §§38–43)', () => {
  it('004 §42: the majority’s score and its direction, the reason, the votes; nothing without a session', () => {
    const session = {
      id: calibrationId('2026-Q1', 'ranking', 's'),
      periodId: '2026-Q1',
      employeeId: 's',
      component: 'ranking' as const,
      appliedOn: '2026-04-14',
      application: 'Не согласен',
      decidedOn: '2026-04-15',
      heldOn: '2026-04-17',
      evaluatorArgument: '',
      reason: 'Сверх плана',
      signedOn: '2026-04-17',
      participants: [400, 400, 350].map((vote, i) => ({ id: `p${i}`, name: `Участник ${i}`, position: '', vote })),
      feedback: { on: null, achievements: '', skills: '', potential: '' },
    };
    const book = testBook(
      {
        records: [rankingRecord('2026-Q1', 's', 350)],
        familiarisations: [acquainted('2026-Q1', 'ranking', 's', '2026-04-09')],
        calibrations: [session],
      },
      { locks: submitted, asOf: '2026-04-20' },
    );
    const c = book.caseOf('s', '2026-Q1');
    if (!c) throw new Error('no case');
    const doc = calibrationProtocol({ case: c, unit: { name: 'Отдел' }, agency: undefined, exportedAt: '' }, 'ru');
    if (!doc) throw new Error('no protocol');
    expect(fieldsOf(doc)['Оценка оценивающего лица']).toBe('3,50');
    const texts = blocksOf(doc).flatMap((b) => (b.kind === 'text' ? [`${b.label ?? ''}|${b.text}`] : []));
    expect(texts).toContain(
      '|Большинством голосов участников принята итоговая оценка 4,00 (2 из 3); оценка скорректирована в сторону повышения.',
    );
    expect(texts).toContain('Причина корректировки|Сверх плана');
    // The act's own paragraphs: 004 §§38–43 here, 001 §§37–42 under the Zhanaozen profile (in Kazakh too).
    expect(texts).toContain('|пункты 38–43 методики оценки деятельности административных государственных служащих корпуса «Б»');
    const zhanaozen = testBook(
      {
        records: [rankingRecord('2026-Q1', 's', 350, ZHANAOZEN_2023)],
        familiarisations: [acquainted('2026-Q1', 'ranking', 's', '2026-04-09')],
        calibrations: [session],
      },
      { locks: submitted, asOf: '2026-04-20', profile: ZHANAOZEN_2023 },
    ).caseOf('s', '2026-Q1');
    const kk = zhanaozen && calibrationProtocol({ case: zhanaozen, unit: undefined, agency: undefined, exportedAt: '' }, 'kk');
    expect(kk && blocksOf(kk).some((b) => b.kind === 'text' && b.text.includes('әдістемесінің 37–42-тармақтары'))).toBe(true);
    // Issue 19 §6: the Kazakh protocol names the unit in Kazakh, the Russian one in Russian.
    const unit = { name: 'Юридический отдел', names: { kk: 'Заң бөлімі', ru: 'Юридический отдел' } };
    const withUnit = (l: 'kk' | 'ru') => {
      const x = zhanaozen && calibrationProtocol({ case: zhanaozen, unit, agency: undefined, exportedAt: '' }, l);
      return x ? fieldsOf(x) : {};
    };
    expect(withUnit('kk')['Құрылымдық бөлімше']).toBe('Заң бөлімі');
    expect(withUnit('ru')['Структурное подразделение']).toBe('Юридический отдел');
    expect(
      calibrationProtocol(
        { case: testBook().caseOf('s', '2026-Q1') ?? c, unit: undefined, agency: undefined, exportedAt: '' },
        'ru',
      ),
    ).toBeUndefined();
  });
});

describe('the unit workbook (issue 5): only the people the unit’s head evaluates', () => {
  it('004 §§28–32: the unit’s staff on the ranking sheet, the sub-unit heads’ KCIs on the KCI sheet, nobody else', () => {
    const people = [
      testPerson('h', null),
      testPerson('s', 'h'),
      testPerson('h2', 'h', { unitId: 'u2', category: 'E-3' }),
      testPerson('t', 'h2', { unitId: 'u2' }),
    ];
    const book = testBook(
      {
        records: [rankingRecord('2026-Q1', 's', 400), kciRecord('2026-Q1', 'h2', { k1: 400 })],
        plans: [kciPlanOf('2026-Q1', 'h2', [])],
      },
      { people },
    );
    const wb = unitWorkbook(
      {
        book,
        unit: { id: 'u', name: 'Отдел', parentId: null, order: 0 },
        quarter: q1,
        units: [{ id: 'u2', name: 'Сектор', parentId: 'u', order: 0 }],
        agency: undefined,
        exportedAt: '',
        newId: () => 'n',
      },
      'ru',
    );
    expect(wb.sheets.map((s) => s.component)).toEqual(['ranking', 'kci']);
    expect(wb.sheets[0]?.rows.map((r) => r.id)).toEqual(['s']);
    expect(wb.sheets[0]?.rows[0]?.values).toEqual({ quality: 400, deadlines: 400, initiative: 400, discipline: 400 });
    expect(wb.sheets[1]?.rows.map((r) => r.cells.slice(1, 4))).toEqual([
      ['h2 А', 'Сектор', 'k1'],
      ['h2 А', 'Сектор', 'k2'],
      ['h2 А', 'Сектор', 'k3'],
    ]);
    expect(JSON.stringify(wb)).not.toContain('"t"');
  });

  it('issue 19 §3: every score column is checked 0–5 in the places of the profile’s scale (004 §8), with the words of the workbook’s language', () => {
    const people = [testPerson('h', null), testPerson('s', 'h')];
    const data = (profile: typeof TYPICAL_2023) =>
      unitData(testBook({ records: [rankingRecord('2026-Q1', 's', 400)] }, { people, profile }));
    const sent = unitWorkbook(data(TYPICAL_2023), 'ru');
    expect(sent.sheets[0]?.params.map((p) => p.check)).toEqual(
      TYPICAL_2023.ranking.parameters.value.map(() => ({
        kind: 'decimal',
        min: 0,
        max: 5,
        decimals: 2,
        title: 'Значение не принято',
        message: 'Введите число от 0 до 5; знаков после запятой — не более 2.',
      })),
    );
    expect(unitWorkbook(data(TYPICAL_2023), 'kk').sheets[0]?.params[0]?.check?.message).toBe(
      'Сан енгізіңіз: ең азы 0, ең көбі 5, үтірден кейін 2 таңбадан артық емес.',
    );
    // The places are the profile's, not a constant of the writer.
    const tenths = {
      ...TYPICAL_2023,
      scale: { ...TYPICAL_2023.scale, value: { ...TYPICAL_2023.scale.value, decimals: 1 as const } },
    };
    expect(unitWorkbook(data(tenths), 'ru').sheets[0]?.params[0]?.check).toMatchObject({
      decimals: 1,
      message: expect.stringContaining('знаков после запятой — не более 1'),
    });
  });

  it('002 §§17–23: in the points model the incentives and violations sheets, with empty rows for new entries, and the self-assessments', () => {
    const wb = unitWorkbook(unitData(testBook({}, { profile: JUSTICE_2017, asOf: '2026-04-03' })), 'kk');
    expect(wb.sheets.map((s) => s.component)).toEqual(['incentives', 'violations', 'self']);
    expect(wb.sheets[0]?.rows).toHaveLength(3);
    // 002 §23: one self-assessment row a person, its entry id fixed.
    expect(wb.sheets[2]?.rows.map((r) => r.id)).toEqual(['s|self']);
    expect(wb.sheets[2]?.params.map((p) => p.id)).toEqual(['selfIncentives', 'selfExecutive', 'selfLabour', 'selfPoints']);
    expect(wb.references?.[0]?.rows.length).toBe(JUSTICE_2017.points.activities.value.length);
    expect(wb.envelope.points?.period).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    // Issue 19 §3: what each entry column accepts — the profile's points range, a kind's word, a date in the quarter.
    expect(wb.sheets.map((sheet) => sheet.params.map((p) => p.check?.kind))).toEqual([
      [undefined, 'whole', 'date', undefined],
      ['list', 'date', undefined],
      [undefined, undefined, undefined, undefined],
    ]);
    expect(wb.sheets[0]?.params[1]?.check).toMatchObject(JUSTICE_2017.points.incentiveRange.value);
    expect(wb.sheets[1]?.params[0]?.check).toMatchObject({ values: ['атқарушылық', 'еңбек'] });
    expect(wb.sheets[1]?.params[1]?.check).toMatchObject({ start: '2026-01-01', end: '2026-03-31' });
  });
});

describe('the 360 questionnaire (004 §§34–36)', () => {
  it('names the respondent on the cover only; a block per person rated with the competencies of their group', () => {
    const people = [testPerson('h', null), testPerson('s', 'h')];
    const doc = questionnaireInput(
      { agency: { id: 'a', nameKk: 'Ұйым', nameRu: 'Орган' }, employees: people, profile: TYPICAL_2023, year: 2026 },
      'ru',
      [
        { token: 't1', periodId: '2026-Y', evaluatedId: 'h', role: 'subordinate', respondentId: 's', code: 'AB12-CD34' },
        { token: 't2', periodId: '2026-Y', evaluatedId: 's', role: 'self', respondentId: 's', code: 'AB12-CD34' },
      ],
    );
    expect(doc.words.cover.join(' ')).toContain('s А');
    expect(doc.blocks.map((b) => b.token)).toEqual(['t2', 't1']);
    expect(doc.blocks[1]?.competencies).toHaveLength(12);
    expect(doc.blocks[0]?.competencies).toHaveLength(8);
    expect(periodsOfYear(2026).some((p) => p.id === doc.periodId)).toBe(true);
    // Issue 19: where the acts name no indicators for a competency, its row shows none — no line
    // about what the acts do not say.
    const all = doc.blocks.flatMap((b) => b.competencies);
    expect(all.some((c) => c.indicators === '')).toBe(true);
    expect(all.filter((c) => /актами не установлены|белгіленбеген/.test(c.indicators))).toEqual([]);
  });
});
