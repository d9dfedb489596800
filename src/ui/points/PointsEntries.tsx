/**
 * A person's entries for a quarter of the points model (002 §§17–22, Appendix 3): incentivised
 * activities from the profile's scale (points preset from the scale, within +1 … +5) and violations
 * of executive or labour discipline, each dated within the quarter. Every valid change is stored at
 * once; an invalid one stays in the form with its problem beside the field and is not stored.
 */
import { A } from '@solidjs/router';
import { For } from 'solid-js';
import {
  pointsSheetProblems,
  type Period,
  type PointsEdit,
  type PointsIncentive,
  type PointsSheet,
  type PointsViolation,
  type QuarterSelfAssessment,
  pointsSheetId,
} from '../../domain';
import { saveSelfAssessment } from '../../store/points';
import { SheetAgreementForm, SheetSignatureForm } from './SheetSignature';
import { newId } from '../../platform/ids';
import { todayIso } from '../../platform/clock';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { EntryList } from '../shared/EntryList';
import { problemText } from '../shared/messages';
import { followValue } from '../shared/follow-value';
import { createRecordForm } from '../shared/record-form';
import { ConflictBox, type FieldWords } from '../shared/ConflictBox';
import { createSheetDraft } from './sheet-draft';
import { DateInput } from '../shared/DateInput';

export function PointsEntries(props: {
  period: Period;
  employeeId: string;
  unitId: string;
  name: string;
  sheet: PointsSheet | undefined;
  editable: boolean;
}) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const lang = () => (app.i18n.lang() === 'kk' ? 'kk' : 'ru');
  const activities = () => agency.profile().points.activities.value;
  const form = createSheetDraft({
    stored: () => props.sheet,
    at: () => ({ period: props.period, employeeId: props.employeeId, unitId: props.unitId }),
    read: (sheet) => ({ incentives: sheet?.incentives ?? [], violations: sheet?.violations ?? [] }),
    check: (draft) => pointsSheetProblems({ ...draft, targets: [] }, props.period, agency.profile()),
  });
  const incentives = () => form.draft().incentives;
  const violations = () => form.draft().violations;
  const problems = form.problems;
  const defaultDate = () =>
    todayIso() < props.period.end ? (todayIso() < props.period.start ? props.period.start : todayIso()) : props.period.end;

  /** One entry's change: shown at once, stored with the changes held before unless the form has a problem. */
  const commit = (edit: PointsEdit) => void form.commit(edit);
  const problemsAt = (list: string, i: number, field: string) =>
    problems()
      .filter((p) => p.field === `${list}.${i}.${field}`)
      .map((p) => problemText(app.i18n, p));
  const setIncentive = (e: PointsIncentive, change: Partial<Omit<PointsIncentive, 'id'>>) =>
    commit({
      list: 'incentives',
      entry: { ...e, ...change },
      fields: Object.keys(change) as (keyof PointsIncentive)[],
    });
  const setViolation = (e: PointsViolation, change: Partial<Omit<PointsViolation, 'id'>>) =>
    commit({
      list: 'violations',
      entry: { ...e, ...change },
      fields: Object.keys(change) as (keyof PointsViolation)[],
    });
  const added = <T extends object>(entry: T) => Object.keys(entry) as (keyof T)[];
  const penalty = () => agency.profile().points.violationPenalty.value;

  return (
    <section class="panel" aria-labelledby="points-entries-title">
      <h2 id="points-entries-title">{t('points.entriesOf', { name: props.name })}</h2>
      <h3>{t('points.incentives')}</h3>
      <EntryList<PointsIncentive>
        id="incentive"
        caption={t('points.incentives')}
        entryName={t('points.activity')}
        entries={incentives()}
        editable={props.editable}
        problems={(i, field) => problemsAt('incentives', i, field)}
        addLabel={t('points.addIncentive')}
        onAdd={() => {
          const first = activities()[0];
          const entry = { id: newId(), activityId: first?.id ?? '', points: first?.points ?? 1, date: defaultDate(), note: '' };
          commit({ list: 'incentives', entry, fields: added(entry) });
        }}
        removeLabel={(n) => t('points.removeEntry', { n })}
        onRemove={(i) => commit({ list: 'incentives', remove: incentives()[i]?.id ?? '' })}
        fields={[
          {
            key: 'activityId',
            label: t('points.activity'),
            control: (e, _i, a) => (
              <select
                id={a.id}
                aria-label={a.name}
                aria-invalid={a.invalid}
                aria-describedby={a.describedBy}
                disabled={a.disabled}
                class="activity"
                value={e().activityId}
                onChange={(ev) => {
                  const chosen = activities().find((x) => x.id === ev.currentTarget.value);
                  setIncentive(e(), { activityId: ev.currentTarget.value, ...(chosen ? { points: chosen.points } : {}) });
                }}
              >
                <For each={activities()}>
                  {(x) => (
                    <option
                      value={x.id}
                      selected={x.id === e().activityId}
                    >{`+${x.points} · ${x.names[lang()]}${x.translated === lang() ? ` (${t('points.translation')})` : ''}`}</option>
                  )}
                </For>
              </select>
            ),
          },
          {
            key: 'points',
            label: t('points.pointsOf'),
            control: (e, _i, a) => (
              <input
                id={a.id}
                aria-label={a.name}
                aria-invalid={a.invalid}
                aria-describedby={a.describedBy}
                disabled={a.disabled}
                class="num"
                type="number"
                step="1"
                min={agency.profile().points.incentiveRange.value.min}
                max={agency.profile().points.incentiveRange.value.max}
                ref={(el) => followValue(el, () => String(e().points))}
                onChange={(ev) => setIncentive(e(), { points: ev.currentTarget.valueAsNumber })}
              />
            ),
          },
          {
            key: 'date',
            label: t('points.date'),
            control: (e, _i, a) => (
              <DateInput
                id={a.id}
                ariaLabel={a.name}
                invalid={a.invalid === true}
                describedBy={a.describedBy}
                disabled={a.disabled}
                required
                value={e().date}
                onChange={(v) => v !== null && setIncentive(e(), { date: v })}
              />
            ),
          },
          {
            key: 'note',
            label: t('points.note'),
            control: (e, _i, a) => (
              <input
                id={a.id}
                aria-label={a.name}
                disabled={a.disabled}
                ref={(el) => followValue(el, () => e().note)}
                onChange={(ev) => setIncentive(e(), { note: ev.currentTarget.value.trim() })}
              />
            ),
          },
        ]}
      />
      <h3>{t('points.violations', { penalty: penalty() })}</h3>
      <EntryList<PointsViolation>
        id="violation"
        caption={t('points.violations', { penalty: penalty() })}
        entryName={t('points.kind')}
        entries={violations()}
        editable={props.editable}
        problems={(i, field) => problemsAt('violations', i, field)}
        addLabel={t('points.addViolation')}
        onAdd={() => {
          const entry = { id: newId(), kind: 'executive' as const, date: defaultDate(), note: '' };
          commit({ list: 'violations', entry, fields: added(entry) });
        }}
        removeLabel={(n) => t('points.removeEntry', { n })}
        onRemove={(i) => commit({ list: 'violations', remove: violations()[i]?.id ?? '' })}
        fields={[
          {
            key: 'kind',
            label: t('points.kind'),
            control: (e, _i, a) => (
              <select
                id={a.id}
                aria-label={a.name}
                disabled={a.disabled}
                value={e().kind}
                onChange={(ev) => setViolation(e(), { kind: ev.currentTarget.value as PointsViolation['kind'] })}
              >
                <option value="executive" selected={e().kind === 'executive'}>
                  {t('points.kinds.executive')}
                </option>
                <option value="labour" selected={e().kind === 'labour'}>
                  {t('points.kinds.labour')}
                </option>
              </select>
            ),
          },
          {
            key: 'date',
            label: t('points.date'),
            control: (e, _i, a) => (
              <DateInput
                id={a.id}
                ariaLabel={a.name}
                invalid={a.invalid === true}
                describedBy={a.describedBy}
                disabled={a.disabled}
                required
                value={e().date}
                onChange={(v) => v !== null && setViolation(e(), { date: v })}
              />
            ),
          },
          {
            key: 'note',
            label: t('points.note'),
            control: (e, _i, a) => (
              <input
                id={a.id}
                aria-label={a.name}
                disabled={a.disabled}
                ref={(el) => followValue(el, () => e().note)}
                onChange={(ev) => setViolation(e(), { note: ev.currentTarget.value.trim() })}
              />
            ),
          },
        ]}
      />
      <SelfAssessment
        period={props.period}
        employeeId={props.employeeId}
        unitId={props.unitId}
        sheet={props.sheet}
        editable={props.editable}
      />
    </section>
  );
}

/**
 * 002 §§23–25, Appendix 3: the servant's self-assessment beside the manager's entries above (the
 * score is the manager's), then the servant's signature after the manager agreed — or the act of
 * refusal; the sheet printed as Appendix 3.
 */
function SelfAssessment(props: {
  period: Period;
  employeeId: string;
  unitId: string;
  sheet: PointsSheet | undefined;
  editable: boolean;
}) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const blank: QuarterSelfAssessment = { incentives: '', executive: '', labour: '', points: null };
  // The fields follow the stored sheet (here and in other tabs), each until the user changes it.
  const form = createRecordForm<QuarterSelfAssessment>({
    stored: () => props.sheet?.self ?? blank,
    identity: () => pointsSheetId(props.period.id, props.employeeId),
  });
  const self = form.value;
  const saveSelf = async (e: SubmitEvent) => {
    e.preventDefault();
    const { next, basis } = form.toSave();
    const saved = await agency.run(
      saveSelfAssessment(
        agency.ctx,
        { periodId: props.period.id, employeeId: props.employeeId, unitId: props.unitId, today: todayIso() },
        next,
        basis,
        agency.profile(),
      ),
    );
    if (saved) {
      form.saved(saved.self ?? blank);
      app.notify(t('points.selfSaved'), 'info');
    }
  };
  const fieldWords: FieldWords<QuarterSelfAssessment> = (field, v) => {
    if (field === 'points') return { label: t('points.selfPoints'), text: v.points === null ? '' : String(v.points) };
    const labels = {
      incentives: t('points.selfIncentives'),
      executive: t('points.selfExecutive'),
      labour: t('points.selfLabour'),
    };
    return { label: labels[field], text: v[field] };
  };
  const points = () => self().points;
  return (
    <>
      <form class="panel" aria-labelledby="self-title" onSubmit={(e) => void saveSelf(e)}>
        <h3 id="self-title">{t('points.selfTitle')}</h3>
        <label class="block">
          <span>{t('points.selfIncentives')}</span>
          <textarea
            rows="2"
            maxLength={4000}
            disabled={!props.editable}
            value={self().incentives}
            onChange={(e) => form.change({ incentives: e.currentTarget.value })}
          />
        </label>
        <label class="block">
          <span>{t('points.selfExecutive')}</span>
          <textarea
            rows="2"
            maxLength={4000}
            disabled={!props.editable}
            value={self().executive}
            onChange={(e) => form.change({ executive: e.currentTarget.value })}
          />
        </label>
        <label class="block">
          <span>{t('points.selfLabour')}</span>
          <textarea
            rows="2"
            maxLength={4000}
            disabled={!props.editable}
            value={self().labour}
            onChange={(e) => form.change({ labour: e.currentTarget.value })}
          />
        </label>
        <ConflictBox form={form} words={fieldWords} />
        <div class="inline-form">
          <label>
            <span>{t('points.selfPoints')}</span>
            <input
              class="num"
              inputmode="numeric"
              disabled={!props.editable}
              value={points() === null ? '' : String(points())}
              onChange={(e) => {
                const v = e.currentTarget.value.trim();
                const n = Number(v);
                if (v !== '' && (!Number.isInteger(n) || n < 0 || n > 1000)) {
                  app.notify(t('points.selfPointsInvalid', { value: v }), 'error');
                  e.currentTarget.value = points() === null ? '' : String(points());
                  return;
                }
                form.change({ points: v === '' ? null : n });
              }}
            />
          </label>
          <button type="submit" disabled={!props.editable}>
            {t('points.selfSave')}
          </button>
          <A
            href={`/forms?kind=quarter2017&period=${props.period.id}&employee=${props.employeeId}&lang=${app.i18n.lang() === 'kk' ? 'kk' : 'ru'}`}
          >
            {t('points.quarterForm')}
          </A>
        </div>
      </form>
      <SheetAgreementForm period={props.period} employeeId={props.employeeId} sheet={props.sheet} />
      <SheetSignatureForm period={props.period} employeeId={props.employeeId} sheet={props.sheet} />
    </>
  );
}
