/**
 * The change log in words (issue 19): every kind of write the store makes, read back as a sentence
 * in kk, ru and en — who, whose, what, before → after as the screens show them — and never a field
 * path, an id or the export key.
 */
import { describe, expect, it } from 'vitest';
import { TYPICAL_2023, type AuditEntry, type Employee, type KciPlan } from '../domain';
import { auditEntry, testPerson } from '../domain/case/testing';
import { wordsIn } from '../i18n/words';
import { partRows } from '../io/document-workbook';
import { changeLogDocument, changeLogRows, rowMatches, type ChangeLogData } from './change-log';

const person = (id: string, surname: string, name: string, patronymic = ''): Employee =>
  testPerson(id, null, { surname, name, patronymic, unitId: 'u1' });
const PLAN: KciPlan = {
  id: '2026-Q3:h1',
  periodId: '2026-Q3',
  employeeId: 'h1',
  approvedOn: '2026-07-10',
  review: [],
  items: [
    {
      id: 'k-7f3a',
      name: 'Доля обращений, рассмотренных в срок',
      source: '',
      measure: '%',
      plan: 9500,
      direction: 'higherBetter',
      deadline: '',
      expected: '',
      actual: null,
      confirmedScore: null,
    },
  ],
};
const DATA: ChangeLogData = {
  employees: [person('e1', 'Сапаров', 'Ерлан', 'Маратович'), person('h1', 'Ахметова', 'Дана')],
  statuses: [{ id: 's1', employeeId: 'e1', kind: 'labourLeave', from: '2026-07-01', to: '2026-07-14', note: '' }],
  units: [{ id: 'u1', name: 'Отдел кадров', parentId: null, order: 0 }],
  profiles: [TYPICAL_2023],
  kciPlans: [PLAN],
};

let next = 1;
const entry = (e: Parameters<typeof auditEntry>[0]): AuditEntry => auditEntry({ id: next++, ...e });
const textIn = (lang: 'kk' | 'ru' | 'en', e: AuditEntry) => changeLogRows([e], DATA, wordsIn(lang))[0]?.text ?? '';
/** What users read holds no developer words: field paths, entity names, raw ids. */
const noDeveloperWords = (text: string) => {
  expect(text).not.toMatch(/scores\.|items\.|confirmedScore|evaluations|kciPlans|exportSecret|2026-Q3|k-7f3a|\be1\b|\bh1\b/);
};

const scoreChange = entry({
  entity: 'evaluations',
  entityId: '2026-Q3:ranking:e1',
  field: 'scores.quality',
  before: 375,
  after: 400,
});

describe('a unit’s names in words (issue 19 §6)', () => {
  it('says which Kazakh and Russian names the unit was given, in the log’s language, with a dash for a name not given', () => {
    const named = entry({ entity: 'units', entityId: 'u1', field: 'names', before: undefined, after: { kk: 'Кадр бөлімі' } });
    expect(textIn('ru', named)).toBe(
      'Айгерим Садыкова указал(а) наименования подразделения «Отдел кадров»: на казахском — «Кадр бөлімі», на русском — «—»',
    );
    expect(textIn('kk', named)).toContain('қазақша — «Кадр бөлімі»');
    noDeveloperWords(textIn('en', named));
  });
});

describe('a score change in words', () => {
  it('names the operator, the person, the parameter as the grid heads it, the quarter and 3,75 → 4,00 — in Russian', () => {
    const text = textIn('ru', scoreChange);
    expect(text).toBe(
      'Айгерим Садыкова изменил(а) «Качество выполнения функциональных обязанностей» (2026 · 3 кв.) — Сапаров Ерлан Маратович: 3,75 → 4,00',
    );
    noDeveloperWords(text);
  });

  it('says the same in Kazakh, with the parameter’s Kazakh name', () => {
    const text = textIn('kk', scoreChange);
    expect(text).toBe(
      'Айгерим Садыкова өзгертті: Сапаров Ерлан Маратович — «Функционалдық міндеттерді орындау сапасы» (2026 · 3-тоқсан): 3,75 → 4,00',
    );
    noDeveloperWords(text);
  });

  it('says the same in English, with a decimal point as English writes it', () => {
    const text = textIn('en', scoreChange);
    expect(text).toBe(
      'Айгерим Садыкова changed Сапаров Ерлан Маратович’s «Качество выполнения функциональных обязанностей» (2026 · Q3): 3.75 → 4.00',
    );
  });

  it('a score entered for the first time reads — → 4,00, and the row names the person it concerns', () => {
    const row = changeLogRows([{ ...scoreChange, before: null, action: 'create' }], DATA, wordsIn('ru'))[0];
    expect(row?.text).toMatch(/: — → 4,00$/);
    expect(row?.person).toBe('Сапаров Ерлан Маратович');
    expect(row?.kindText).toBe('Баллы');
  });

  it('an entry without an operator says someone did it, never a blank', () => {
    expect(textIn('ru', { ...scoreChange, operator: '' })).toMatch(/^Кто-то \(имя не указано\) изменил\(а\)/);
  });

  it('the demo agency’s creation lines name Bagalau, which made them before anyone was asked for a name', () => {
    const created = entry({ entity: 'agency', entityId: 'a', action: 'create', field: '*', after: { demo: true }, operator: '' });
    const demo = entry({ entity: 'agency', entityId: 'a', action: 'demo', field: '*', after: { units: 5 }, operator: '' });
    const real = entry({ entity: 'agency', entityId: 'a', action: 'create', field: '*', after: { demo: false }, operator: '' });
    const rows = changeLogRows([created, demo, real], DATA, wordsIn('ru'));
    expect(rows.map((r) => r.who)).toEqual(['Bagalau (демо-данные)', 'Bagalau (демо-данные)', 'Кто-то (имя не указано)']);
    expect(rows[0]?.text).toMatch(/^Bagalau \(демо-данные\)/);
    expect(changeLogRows([demo], DATA, wordsIn('kk'))[0]?.who).toBe('Bagalau (демо деректер)');
  });

  it('a pasted block lists each cell with its person and parameter', () => {
    const block = entry({
      entity: 'evaluations',
      entityId: 'block:b1',
      field: 'cells',
      after: [
        { record: '2026-Q3:ranking:e1', field: 'scores.deadlines', before: null, after: 300 },
        { record: '2026-Q3:ranking:h1', field: 'scores.deadlines', before: 450, after: 500 },
      ],
    });
    const row = changeLogRows([block], DATA, wordsIn('ru'))[0];
    expect(row?.text).toBe(
      'Айгерим Садыкова изменил(а) несколько баллов сразу (2): Сапаров Ерлан Маратович, «Соблюдение сроков выполнения задач» (2026 · 3 кв.): — → 3,00; Ахметова Дана, «Соблюдение сроков выполнения задач» (2026 · 3 кв.): 4,50 → 5,00',
    );
    expect(row?.person).toBe('Сапаров Ерлан Маратович, Ахметова Дана');
  });
  it('a block of one person’s scores names them once', () => {
    const block = entry({
      entity: 'evaluations',
      entityId: 'block:b2',
      field: 'cells',
      after: [
        { record: '2026-Q3:ranking:e1', field: 'scores.quality', before: null, after: 300 },
        { record: '2026-Q3:ranking:e1', field: 'scores.discipline', before: null, after: 400 },
      ],
    });
    expect(textIn('en', block)).toBe(
      'Айгерим Садыкова changed several of Сапаров Ерлан Маратович’s scores at once (2): «Качество выполнения функциональных обязанностей» (2026 · Q3): — → 3.00; «Трудовая дисциплина» (2026 · Q3): — → 4.00',
    );
  });
});

describe('a KCI in words', () => {
  it('a KCI score names the KCI from the head’s plan', () => {
    const text = textIn(
      'ru',
      entry({ entity: 'evaluations', entityId: '2026-Q3:kci:h1', field: 'scores.k-7f3a', before: 300, after: 450 }),
    );
    expect(text).toBe(
      'Айгерим Садыкова изменил(а) балл: КЦИ «Доля обращений, рассмотренных в срок» (2026 · 3 кв.) — Ахметова Дана: 3,00 → 4,50',
    );
    noDeveloperWords(text);
  });

  it('an actual value and a confirmed out-of-range score name the KCI, never its path', () => {
    const actual = textIn(
      'en',
      entry({ entity: 'kciPlans', entityId: PLAN.id, field: 'items.k-7f3a.actual', before: null, after: 9650 }),
    );
    expect(actual).toBe(
      'Айгерим Садыкова changed Ахметова Дана’s actual value of KCI «Доля обращений, рассмотренных в срок» (2026 · Q3): — → 96.5',
    );
    const confirmed = textIn(
      'kk',
      entry({ entity: 'kciPlans', entityId: PLAN.id, field: 'items.k-7f3a.confirmedScore', before: null, after: 450 }),
    );
    expect(confirmed).toBe(
      'Айгерим Садыкова өзгертті: Ахметова Дана — «Доля обращений, рассмотренных в срок» НМИ рұқсат етілгеннен тыс расталған балы (2026 · 3-тоқсан): — → 4,50',
    );
    noDeveloperWords(actual);
    noDeveloperWords(confirmed);
  });

  it('a KCI no longer in any plan is called a KCI, not by its id', () => {
    const text = textIn(
      'ru',
      entry({ entity: 'kciPlans', entityId: PLAN.id, field: 'items.gone-1.actual', before: 100, after: 200 }),
    );
    expect(text).toBe('Айгерим Садыкова изменил(а) фактическое значение: КЦИ (2026 · 3 кв.) — Ахметова Дана: 1 → 2');
  });

  it('a changed plan says which KCIs were added, removed and edited', () => {
    const [item] = PLAN.items;
    if (!item) throw new Error('no KCI');
    const text = textIn(
      'en',
      entry({
        entity: 'kciPlans',
        entityId: PLAN.id,
        field: 'items',
        before: [item, { ...item, id: 'k-old', name: 'Старый КЦИ' }],
        after: [
          { ...item, plan: 9000 },
          { ...item, id: 'k-new', name: 'Новый КЦИ' },
        ],
        reason: 'Изменение структуры',
      }),
    );
    expect(text).toBe(
      'Айгерим Садыкова changed Ахметова Дана’s individual work plan (2026 · Q3): added «Новый КЦИ»; removed «Старый КЦИ»; edited «Доля обращений, рассмотренных в срок»',
    );
  });

  it('a review step is said as the act: returned for correction', () => {
    expect(
      textIn('ru', entry({ entity: 'kciPlans', entityId: PLAN.id, field: 'review', before: 'submitted', after: 'return' })),
    ).toBe('Айгерим Садыкова вернул(а) оценочный лист КЦИ на доработку — Ахметова Дана (2026 · 3 кв.)');
  });
});

describe('the rest of the procedure in words', () => {
  it('a familiarisation names the person, the day and the means', () => {
    const text = textIn(
      'ru',
      entry({
        entity: 'familiarisations',
        entityId: '2026-Q3:ranking:e1',
        field: '*',
        action: 'create',
        after: { id: '2026-Q3:ranking:e1', on: '2026-10-06', how: 'signature', employeeId: 'e1' },
      }),
    );
    expect(text).toBe(
      'Айгерим Садыкова отметил(а) ознакомление с результатом — Сапаров Ерлан Маратович (2026 · 3 кв.), 06.10.2026: в письменной форме, под подпись',
    );
  });

  it('a submission names the unit, the quarter and who was recorded as not evaluated', () => {
    const text = textIn(
      'en',
      entry({
        entity: 'locks',
        entityId: 'lock:2026-Q3:u1:ranking',
        field: 'locked',
        before: false,
        after: { locked: true, notEvaluated: [{ employeeId: 'h1', reason: 'Командировка' }] },
      }),
    );
    expect(text).toBe(
      'Айгерим Садыкова submitted and locked the ranking of «Отдел кадров» for 2026 · Q3; recorded as not evaluated: Ахметова Дана',
    );
  });

  it('a Commission’s correction names the person and the corrected result', () => {
    const text = textIn(
      'ru',
      entry({
        entity: 'sittings',
        entityId: '2026-Q3:1',
        field: 'cases',
        before: [{ employeeId: 'e1', component: 'ranking', votes: {}, corrected: null, reason: '', recommendation: '' }],
        after: [
          { employeeId: 'e1', component: 'ranking', votes: { m1: 'revise' }, corrected: 420, reason: 'Да', recommendation: '' },
        ],
      }),
    );
    expect(text).toBe(
      'Айгерим Садыкова изменил(а) решение Комиссии — Сапаров Ерлан Маратович (2026 · 3 кв., заседание № 1): скорректированный результат — → 4,20',
    );
  });

  it('a competency of the sheet reads meets / does not meet with the indicators counted', () => {
    const text = textIn(
      'en',
      entry({
        entity: 'competencySheets',
        entityId: '2026-Y:e1',
        field: 'initiative',
        before: { competency: 'initiative', meets: true, indicatorsNotShown: [], note: '' },
        after: { competency: 'initiative', meets: false, indicatorsNotShown: [{ kk: 'а', ru: 'б' }], note: '' },
      }),
    );
    expect(text).toMatch(
      /^Айгерим Садыкова changed Сапаров Ерлан Маратович’s competency «.+» \(2026\): meets expectations → does not meet expectations; indicators not shown: 1$/,
    );
  });

  it('sealed 360 answers are only counted: no person, no respondent, no token', () => {
    const row = changeLogRows(
      [entry({ entity: 'survey360Answers', entityId: '2026-Y', field: 'sealed', action: 'create', after: 3 })],
      DATA,
      wordsIn('ru'),
    )[0];
    expect(row?.text).toBe('Ответы 360 запечатаны (2026): 3');
    expect(row?.person).toBe('');
  });
});

describe('the organisation in words', () => {
  it('a card’s field is named as the card names it, with its values as the card shows them', () => {
    expect(
      textIn('ru', entry({ entity: 'employees', entityId: 'e1', field: 'publicServices', before: false, after: true })),
    ).toBe('Айгерим Садыкова изменил(а) «Оказывает госуслуги» — Сапаров Ерлан Маратович: нет → да');
    expect(
      textIn(
        'en',
        entry({ entity: 'employees', entityId: 'e1', field: 'appointedOn', before: '2020-01-01', after: '2021-03-15' }),
      ),
    ).toBe('Айгерим Садыкова changed Сапаров Ерлан Маратович’s «Appointed to position»: 01.01.2020 → 15.03.2021');
  });

  it('a status interval changed later is named with its person and kind', () => {
    expect(
      textIn('ru', entry({ entity: 'statuses', entityId: 's1', field: 'to', before: '2026-07-14', after: '2026-07-21' })),
    ).toBe('Айгерим Садыкова изменил(а) «Трудовой отпуск»: По — Сапаров Ерлан Маратович: 14.07.2026 → 21.07.2026');
  });

  it('a removed person is named from the removal itself', () => {
    const removal = entry({
      entity: 'employees',
      entityId: 'gone',
      field: '*',
      action: 'delete',
      before: { employee: person('gone', 'Ким', 'Ольга'), statuses: [] },
    });
    expect(textIn('kk', removal)).toBe('Айгерим Садыкова қызметшіні жойды: Ким Ольга');
  });
});

describe('what is never shown', () => {
  it('the export key’s entry says only that it was created, whatever the entry holds', () => {
    const secret = entry({
      entity: 'settings',
      entityId: 'exportSecret',
      field: '*',
      action: 'create',
      before: 'old-key-3f9a',
      after: 'key-9c1e77',
      reason: 'key-9c1e77',
    });
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const row = changeLogRows([secret], DATA, wordsIn(lang))[0];
      const said = JSON.stringify(row);
      expect(said).not.toContain('9c1e77');
      expect(said).not.toContain('3f9a');
      expect(said).not.toContain('exportSecret');
    }
    expect(textIn('ru', secret)).toBe('Создан ключ выгрузки');
    expect(textIn('kk', secret)).toBe('Жүктеу кілті жасалды');
    expect(textIn('en', secret)).toBe('The export key was created');
  });

  it('an unknown kind of entry is said in general words in the user’s language, without its field, id or values', () => {
    const odd = entry({ entity: 'gadgets', entityId: 'g-42', field: 'widgets.3.size', before: 'a', after: { x: 1 } });
    expect(textIn('ru', odd)).toBe('Айгерим Садыкова изменил(а) запись (Прочее)');
    expect(textIn('kk', odd)).toBe('Айгерим Садыкова жазбаны өзгертті (Басқа)');
    const oddField = entry({ entity: 'evaluations', entityId: '2026-Q3:ranking:e1', field: 'mystery', before: 1, after: 2 });
    expect(textIn('en', oddField)).toBe('Айгерим Садыкова changed a record of Сапаров Ерлан Маратович (Scores)');
    const unknownParam = textIn('ru', { ...scoreChange, field: 'scores.removed-param' });
    expect(unknownParam).toBe('Айгерим Садыкова изменил(а) балл (2026 · 3 кв.) — Сапаров Ерлан Маратович: 3,75 → 4,00');
  });
});

describe('rows for the page and the workbook', () => {
  it('a search matches any of a row’s words, case aside', () => {
    const [row] = changeLogRows([scoreChange], DATA, wordsIn('ru'));
    if (!row) throw new Error('no row');
    expect(rowMatches(row, 'сапаров')).toBe(true);
    expect(rowMatches(row, 'КАЧЕСТВО')).toBe(true);
    expect(rowMatches(row, 'Ахметова')).toBe(false);
    expect(rowMatches(row, '  ')).toBe(true);
  });

  it('the document is a table of when, who, whom, kind, change and reason, with the filters named', () => {
    const rows = changeLogRows([scoreChange], DATA, wordsIn('ru'));
    const doc = changeLogDocument(
      { rows, agencyId: 'a1', agencyName: 'Аппарат акима', exportedAt: '2026-11-20T10:00:00.000Z', filters: 'Служащий: Сапаров' },
      wordsIn('ru'),
    );
    const part = doc.parts[0];
    if (!part || !('blocks' in part)) throw new Error('no part');
    const table = partRows(part.blocks).rows;
    expect(table.map((r) => r.join('|'))).toContainEqual('Отбор|Служащий: Сапаров');
    const header = table.findIndex((r) => r[0] === 'Когда');
    expect(table[header]).toEqual(['Когда', 'Кто', 'Служащий', 'Вид изменения', 'Изменение', 'Причина']);
    expect(table[header + 1]?.slice(1)).toEqual(['Айгерим Садыкова', 'Сапаров Ерлан Маратович', 'Баллы', rows[0]?.text, '']);
    expect(doc.fileName).toBe('bagalau-change-log-2026-11-20.xlsx');
  });
});
