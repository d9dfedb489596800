/**
 * The employees grid: edit in place (every change stored at once and audit-logged), sort, filter,
 * quick search, pinned name, problems shown in the cell they concern and listed in their own column.
 */
import { A, useNavigate } from '@solidjs/router';
import type { ColDef, ICellRendererParams, ValueSetterParams } from 'ag-grid-community';
import { createMemo, createSignal, Show } from 'solid-js';
import {
  CATEGORIES,
  fullName,
  normaliseCategory,
  normaliseIin,
  parseTypedDate,
  formatDate,
  problem,
  type Employee,
  unitNameIn,
} from '../../domain';
import { addEmployee, updateEmployee } from '../../store/organisation';
import { todayIso } from '../../platform/clock';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { Grid } from '../shared/Grid';
import { employeeRows, type EmployeeRow } from './employee-rows';
import { fieldLabel, problemText } from '../shared/messages';
import { cellCause } from '../shared/invalid-cells';

type EditableField =
  'surname' | 'name' | 'patronymic' | 'iin' | 'position' | 'category' | 'unitId' | 'managerId' | 'appointedOn' | 'publicServices';

export function EmployeesPage() {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const navigate = useNavigate();
  const [search, setSearch] = createSignal('');
  const [shown, setShown] = createSignal(0);
  const today = todayIso();
  const rows = createMemo(() => employeeRows(agency.employees(), agency.statuses(), agency.units(), today, app.i18n.lang()));
  const unitName = createMemo(() => new Map(agency.units().map((u) => [u.id, unitNameIn(u, app.i18n.lang())])));
  const managerChoice = createMemo(
    () =>
      new Map(
        agency.employees().map((e) => [e.id, `${fullName(e)} — ${e.position} (${unitName().get(e.unitId) ?? ''})`] as const),
      ),
  );

  const save = async (id: string, field: EditableField, value: Employee[EditableField]) => {
    await agency.run(updateEmployee(agency.ctx, id, { [field]: value } as Partial<Employee>));
  };

  /** Parses what was typed; an unreadable date is refused with a message and the cell keeps its value. */
  const setter = (field: EditableField) => (p: ValueSetterParams<EmployeeRow>) => {
    const raw: unknown = p.newValue;
    let value: Employee[EditableField];
    switch (field) {
      case 'iin':
        value = normaliseIin(typeof raw === 'number' ? raw : String(raw ?? ''));
        break;
      case 'category':
        value = normaliseCategory(String(raw ?? '')) ?? String(raw ?? '').trim();
        break;
      case 'appointedOn': {
        const text = String(raw ?? '').trim();
        const iso = text === '' ? '' : parseTypedDate(text);
        if (iso === undefined) {
          app.notify(
            `${fieldLabel(app.i18n, field)}: ${problemText(app.i18n, problem('dateInvalid', field, { value: text }))}`,
            'error',
            { causes: [cellCause(p.data.id, field)] },
          );
          return false;
        }
        app.resolve(cellCause(p.data.id, field));
        value = iso;
        break;
      }
      case 'managerId':
        value = raw === '' || raw === null || raw === undefined ? null : String(raw);
        break;
      case 'publicServices':
        value = raw === true || raw === 'true';
        break;
      default:
        value = String(raw ?? '').trim();
    }
    if (value !== p.data[field]) void save(p.data.id, field, value);
    return false;
  };

  /** The value, and beside it a marker carrying the problem's message for this cell. */
  const withProblems = (field: string, format?: (row: EmployeeRow) => string) => (p: ICellRendererParams<EmployeeRow>) => {
    const wrap = document.createElement('span');
    wrap.className = 'cell';
    const text = document.createElement('span');
    text.textContent = p.data ? (format ? format(p.data) : String(p.value ?? '')) : '';
    wrap.append(text);
    const mine = p.data?.problems.filter((x) => x.field === field) ?? [];
    if (mine.length > 0) {
      const message = mine.map((x) => problemText(app.i18n, x)).join(' ');
      const mark = document.createElement('span');
      mark.className = mine.some((x) => x.severity === 'error') ? 'cell-problem error' : 'cell-problem warning';
      mark.textContent = mine.some((x) => x.severity === 'error') ? '!' : '?';
      mark.title = message;
      const sr = document.createElement('span');
      sr.className = 'sr-only';
      sr.textContent = message;
      wrap.append(mark, sr);
    }
    return wrap;
  };

  const problemClass = (field: string) => ({
    'cell-error': (p: { data?: EmployeeRow }) =>
      p.data?.problems.some((x) => x.field === field && x.severity === 'error') ?? false,
    'cell-warning': (p: { data?: EmployeeRow }) =>
      p.data?.problems.some((x) => x.field === field && x.severity === 'warning') ?? false,
  });

  const text = (field: EditableField, width: number, extra: Partial<ColDef<EmployeeRow>> = {}): ColDef<EmployeeRow> => ({
    field,
    headerName: fieldLabel(app.i18n, field),
    width,
    editable: true,
    valueSetter: setter(field),
    cellRenderer: withProblems(field),
    cellClassRules: problemClass(field),
    filter: 'agTextColumnFilter',
    ...extra,
  });

  const columns = (): ColDef<EmployeeRow>[] => [
    text('surname', 160, { pinned: 'left', sort: 'asc' }),
    text('name', 130),
    text('patronymic', 150),
    text('iin', 140),
    text('position', 200),
    text('category', 100, { cellEditor: 'agSelectCellEditor', cellEditorParams: { values: [...CATEGORIES] } }),
    text('unitId', 220, {
      cellEditor: 'agSelectCellEditor',
      // Called by the grid when editing starts, so it reads the current units.
      cellEditorParams: () => ({
        values: agency.units().map((u) => u.id),
        formatValue: (id: string) => unitName().get(id) ?? id,
      }),
      valueFormatter: (p) => p.data?.unitName ?? '',
      cellRenderer: withProblems('unitId', (r) => r.unitName),
      filterValueGetter: (p) => p.data?.unitName ?? '',
      getQuickFilterText: (p) => p.data?.unitName ?? '',
      comparator: (_a, _b, a, b) => (a.data?.unitName ?? '').localeCompare(b.data?.unitName ?? ''),
    }),
    text('managerId', 200, {
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: (p: { data?: EmployeeRow }) => ({
        // Sorted by name, each with the position and unit, so two namesakes are told apart (issue 19).
        values: [
          '',
          ...agency
            .employees()
            .filter((e) => e.id !== p.data?.id)
            .map((e) => ({ id: e.id, name: fullName(e) }))
            .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1))
            .map((e) => e.id),
        ],
        formatValue: (id: string) => (id === '' ? t('app.none') : (managerChoice().get(id) ?? id)),
      }),
      valueFormatter: (p) => p.data?.managerName ?? '',
      cellRenderer: withProblems('managerId', (r) => r.managerName),
      filterValueGetter: (p) => p.data?.managerName ?? '',
      getQuickFilterText: (p) => p.data?.managerName ?? '',
      comparator: (_a, _b, a, b) => (a.data?.managerName ?? '').localeCompare(b.data?.managerName ?? ''),
    }),
    text('appointedOn', 150, {
      valueFormatter: (p) => formatDate(String(p.value ?? '')),
      cellRenderer: withProblems('appointedOn', (r) => formatDate(r.appointedOn)),
      filterValueGetter: (p) => formatDate(p.data?.appointedOn),
      getQuickFilterText: (p) => formatDate(p.data?.appointedOn),
      cellEditorParams: { maxLength: 10 },
    }),
    text('publicServices', 130, {
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: [true, false], formatValue: (v: boolean) => (v ? t('app.yes') : t('app.no')) },
      valueFormatter: (p) => (p.value ? t('app.yes') : t('app.no')),
      cellRenderer: withProblems('publicServices', (r) => (r.publicServices ? t('app.yes') : t('app.no'))),
      filter: false,
    }),
    {
      colId: 'statusNow',
      headerName: t('employees.status'),
      width: 150,
      valueGetter: (p) => (p.data?.statusNow ? t(`statusKinds.${p.data.statusNow}`) : t('employees.active')),
      filter: 'agTextColumnFilter',
    },
    {
      colId: 'problems',
      headerName: t('employees.problems'),
      width: 320,
      valueGetter: (p) => p.data?.problems.map((x) => problemText(app.i18n, x)).join(' ') ?? '',
      cellClassRules: { 'cell-error': (p) => p.data?.problems.some((x) => x.severity === 'error') ?? false },
      filter: 'agTextColumnFilter',
    },
    {
      colId: 'open',
      headerName: t('employees.open'),
      width: 150,
      pinned: 'right',
      sortable: false,
      cellRenderer: (p: ICellRendererParams<EmployeeRow>) => {
        const a = document.createElement('a');
        a.href = `#/employees/${p.data?.id ?? ''}`;
        a.textContent = t('employees.open');
        a.setAttribute('aria-label', t('employees.openFor', { name: p.data ? fullName(p.data) : '' }));
        a.tabIndex = -1;
        return a;
      },
    },
  ];

  const add = async () => {
    const created = await agency.run(
      addEmployee(agency.ctx, {
        surname: '',
        name: '',
        patronymic: '',
        iin: '',
        position: '',
        category: '',
        unitId: agency.units()[0]?.id ?? '',
        managerId: null,
        appointedOn: '',
        publicServices: false,
      }),
    );
    if (created) navigate(`/employees/${created.id}`);
  };

  return (
    <section aria-labelledby="employees-title">
      <div class="page-head">
        <h1 id="employees-title">{t('employees.title')}</h1>
        <div class="toolbar">
          <label class="inline">
            <span>{t('employees.search')}</span>
            <input type="search" value={search()} onInput={(e) => setSearch(e.currentTarget.value)} />
          </label>
          <button type="button" class="primary" onClick={() => void add()}>
            {t('employees.add')}
          </button>
        </div>
      </div>
      <Show when={agency.employees().length === 0}>
        {/* A new agency: what to do first, with the button to do it (issue 19 §8). */}
        <section class="panel empty-state" aria-labelledby="employees-empty">
          <h2 id="employees-empty">{t('employees.emptyTitle')}</h2>
          <p>{t('employees.emptyText')}</p>
          <A class="button primary" href="/import">
            {t('employees.emptyImport')}
          </A>
        </section>
      </Show>
      <p class="muted">{t('employees.count', { shown: shown(), total: agency.employees().length })}</p>
      <Grid<EmployeeRow>
        label={t('employees.gridLabel')}
        rows={rows()}
        quickFilter={search()}
        height="fill"
        reserve={16}
        stateKey="bagalau.grid.employees"
        options={{
          columnDefs: columns(),
          getRowId: (p) => p.data.id,
          defaultColDef: { sortable: true, resizable: true },
          // Few columns: render them all, so screen readers and Ctrl+F see every cell.
          suppressColumnVirtualisation: true,
          onModelUpdated: (e) => setShown(e.api.getDisplayedRowCount()),
          onCellKeyDown: (e) => {
            const key = (e.event as KeyboardEvent | undefined)?.key;
            if (key === 'Enter' && 'column' in e && e.column.getColId() === 'open' && e.data) navigate(`/employees/${e.data.id}`);
          },
        }}
      />
    </section>
  );
}
