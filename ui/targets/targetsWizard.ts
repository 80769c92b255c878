import { MAX_CHILDREN, buildSalesPlan, smartStatement } from '../../core/plan/buildSalesPlan';
import { roundTo } from '../../core/plan/computeSalesPlan';
import { MONTHS, SalesPlanAnswers, periodMonthsOf } from '../../core/plan/salesPlanAnswers';
import { h } from '../dom';
import { Host, UiSettings } from '../host';
import {
  STEP_TITLES,
  WizardState,
  restoreState,
  baselineFrom,
  historyFromSelection,
  monthSharesFor,
  reviewNumbers,
  validateStep,
} from './wizardModel';

const SETTINGS_KEY = 'targetsWizard';
const money = (v: number) => Math.round(v).toLocaleString('en-US');
const percent = (v: number) => `${(v * 100).toFixed(1)}%`;

/** A labelled field with the place for its error message right beside it. */
function field(label: string, input: HTMLElement, name: string, errors: Record<string, string>, hint?: string): HTMLElement {
  const error = errors[name] ? h('span', { className: 'sp-field-error' }, errors[name]) : null;
  if (errors[name]) input.setAttribute('aria-invalid', 'true');
  return h('label', { className: 'sp-field', dataset: { field: name } }, h('span', { className: 'sp-field-label' }, label), input, hint ? h('span', { className: 'sp-hint' }, hint) : null, error);
}

function numberInput(value: number, onChange: (v: number) => void, ariaLabel: string, step = 'any'): HTMLInputElement {
  const input = h('input', { type: 'number', value: String(value), step, ariaLabel, className: 'sp-input' });
  input.addEventListener('input', () => onChange(input.value === '' ? Number.NaN : Number(input.value)));
  return input;
}

function textInput(value: string, onChange: (v: string) => void, ariaLabel: string): HTMLInputElement {
  const input = h('input', { type: 'text', value, ariaLabel, className: 'sp-input' });
  input.addEventListener('input', () => onChange(input.value));
  return input;
}

function select<T extends string>(value: T, options: readonly T[], onChange: (v: T) => void, ariaLabel: string): HTMLSelectElement {
  const el = h('select', { ariaLabel, className: 'sp-input' }, ...options.map((o) => h('option', { value: o, selected: o === value }, o)));
  el.addEventListener('change', () => onChange(el.value as T));
  return el;
}

/**
 * The sales-targets wizard: goal, baseline, breakdown, review, then Build renders the plan sheet
 * through the host. Each step says what is wrong next to the field, never crashes, and the answers
 * are saved in the document and restored when the pane opens again.
 */
export function renderTargetsWizard(root: HTMLElement, host: Host, settings: UiSettings): void {
  const restored = restoreState(settings[SETTINGS_KEY]);
  let state: WizardState = restored.state;
  let errors: Record<string, string> = {};
  let notice = restored.message;
  // Saved as the manager types (a moment after the last key), and at once on every step change.
  let pending: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(pending);
    void host.saveSettings({ [SETTINGS_KEY]: JSON.stringify(state) }).catch(() => undefined);
  };
  const saveSoon = () => {
    clearTimeout(pending);
    pending = setTimeout(save, 300);
  };
  const update = (change: Partial<SalesPlanAnswers>) => {
    state = { ...state, answers: { ...state.answers, ...change } };
    saveSoon();
  };
  const status = h('p', { className: 'sp-status' });
  status.setAttribute('role', 'status');

  const goTo = (step: number) => {
    if (step > state.step) {
      errors = validateStep(state);
      if (Object.keys(errors).length > 0) return draw();
      if (state.step === 1) {
        const baseline = baselineFrom(state);
        if (typeof baseline === 'number') update({ baseline: Math.round(baseline) });
      }
      if (state.step <= 1) update({ monthShares: monthSharesFor(state) });
    }
    errors = {};
    notice = undefined;
    // A "Built …" message belongs to the answers it was built from.
    status.className = 'sp-status';
    status.replaceChildren();
    state = { ...state, step };
    save();
    draw();
  };

  function stepGoal(): HTMLElement[] {
    const a = state.answers;
    const statement = h('p', { className: 'sp-smart' });
    const refresh = () => statement.replaceChildren(smartStatement(state.answers, roundTo(state.answers.baseline * (1 + state.answers.growth), state.answers.roundTo)));
    refresh();
    const on = (change: Partial<SalesPlanAnswers>) => {
      update(change);
      refresh();
    };
    return [
      field('What the goal measures', select(a.measure, ['Revenue', 'Units sold', 'Gross margin', 'New customers'], (v) => on({ measure: v }), 'Measure'), 'measure', errors),
      field('Plan year', numberInput(a.year, (v) => on({ year: v }), 'Plan year', '1'), 'year', errors),
      periodField(),
      field('Owner of the goal', textInput(a.owner, (v) => on({ owner: v }), 'Owner'), 'owner', errors),
      h('h3', {}, 'SMART statement'),
      statement,
    ];
  }

  /** The period: the calendar year, a quarter, or custom months (a start month and a length). */
  function periodField(): HTMLElement {
    const a = state.answers;
    const choices = ['Calendar year', 'Q1', 'Q2', 'Q3', 'Q4', 'Custom months'] as const;
    const current = a.periodStart === 1 && a.periodMonths === 12 ? 'Calendar year' : a.periodMonths === 3 && (a.periodStart - 1) % 3 === 0 ? (`Q${(a.periodStart + 2) / 3}` as (typeof choices)[number]) : 'Custom months';
    const custom = h(
      'div',
      { className: 'sp-custom-period' },
      field('Start month (1–12)', numberInput(a.periodStart, (v) => update({ periodStart: v }), 'Start month', '1'), 'periodStart', {}),
      field('Months', numberInput(a.periodMonths, (v) => update({ periodMonths: v }), 'Months', '1'), 'periodMonths', {}),
    );
    custom.hidden = current !== 'Custom months';
    const chooser = select(current, choices, (v) => {
      if (v === 'Calendar year') update({ periodStart: 1, periodMonths: 12 });
      else if (v.startsWith('Q')) update({ periodStart: (Number(v[1]) - 1) * 3 + 1, periodMonths: 3 });
      // Custom months start as six months from the current start, which no year or quarter is.
      else update({ periodMonths: 6 });
      draw();
    }, 'Period');
    return h('div', {}, field('Period', chooser, 'period', errors), custom);
  }

  function stepBaseline(): HTMLElement[] {
    const a = state.answers;
    const total = h('p', { className: 'sp-result' });
    const refresh = () => {
      const baseline = baselineFrom(state);
      total.replaceChildren(
        typeof baseline === 'string'
          ? baseline
          : `Baseline ${money(baseline)} → target ${money(roundTo(baseline * (1 + state.answers.growth), state.answers.roundTo))} at ${percent(state.answers.growth)} growth.`,
      );
    };
    const useSelection = h('button', { type: 'button', className: 'sp-secondary' }, 'Use the selected cells as monthly history');
    const historyNote = h('p', { className: 'sp-hint' }, state.history ? `${state.history.length} months read from ${state.historyAddress}.` : 'Select the months in the sheet (oldest first), then press the button; or type a baseline below.');
    useSelection.addEventListener('click', async () => {
      try {
        const selection = await host.readSelection();
        const history = historyFromSelection(selection.values);
        if (typeof history === 'string') {
          errors = { history };
        } else {
          errors = {};
          state = { ...state, history, historyAddress: selection.address, baselineSource: history.length >= 24 ? 'forecast' : 'last12', seasonalityFromHistory: true };
        }
      } catch (error) {
        errors = { history: `Could not read the selection: ${error instanceof Error ? error.message : String(error)}` };
      }
      save();
      draw();
    });
    const sources = [
      ['forecast', 'Forecast the next 12 months (Holt-Winters, needs 24 months)'],
      ['last12', 'Last 12 months of the history'],
      ['typed', 'A number I type'],
    ] as const;
    const radios = h(
      'fieldset',
      { className: 'sp-radios' },
      h('legend', {}, 'Baseline from'),
      ...sources.map(([value, label]) => {
        const input = h('input', { type: 'radio', name: 'baseline-source', value, checked: state.baselineSource === value, disabled: value !== 'typed' && !state.history });
        input.addEventListener('change', () => {
          state = { ...state, baselineSource: value };
          draw();
        });
        return h('label', {}, input, ` ${label}`);
      }),
    );
    const typed = numberInput(a.baseline, (v) => {
      update({ baseline: v });
      refresh();
    }, 'Baseline');
    typed.disabled = state.baselineSource !== 'typed';
    const growth = numberInput(Math.round(a.growth * 1000) / 10, (v) => {
      update({ growth: v / 100 });
      refresh();
    }, 'Growth percent');
    refresh();
    return [
      useSelection,
      historyNote,
      errors.history ? h('p', { className: 'sp-field-error' }, errors.history) : null,
      radios,
      field(a.periodMonths === 12 ? 'Baseline (annual)' : `Baseline (the ${a.periodMonths} months)`, typed, 'baseline', errors),
      field('Growth (%)', growth, 'growth', errors, 'For +9% type 9.'),
      total,
    ].filter((e): e is HTMLElement => e !== null);
  }

  function stepBreakdown(): HTMLElement[] {
    const a = state.answers;
    const shares = h('p', { className: 'sp-hint' }, `Months: ${periodMonthsOf(a).map(({ month }, i) => `${MONTHS[month - 1]} ${percent(a.monthShares[i] ?? 0)}`).join(' · ')}`);
    const seasonal = h('input', { type: 'checkbox', checked: state.seasonalityFromHistory, disabled: !state.history, ariaLabel: 'Seasonality from history' });
    seasonal.addEventListener('change', () => {
      state = { ...state, seasonalityFromHistory: seasonal.checked };
      update({ monthShares: monthSharesFor(state) });
      draw();
    });
    const rows = h('tbody');
    const drawRows = () =>
      rows.replaceChildren(
        ...state.answers.children.map((child, i) => {
          const set = (change: Partial<typeof child>) =>
            update({ children: state.answers.children.map((c, j) => (j === i ? { ...c, ...change } : c)) });
          const lock = h('input', { type: 'number', value: child.lock === null ? '' : String(child.lock), className: 'sp-input', ariaLabel: `Lock of ${child.name || `row ${i + 1}`}` });
          lock.addEventListener('input', () => set({ lock: lock.value === '' ? null : Number(lock.value) }));
          const remove = h('button', { type: 'button', className: 'sp-link', ariaLabel: `Remove ${child.name}` }, '✕');
          remove.addEventListener('click', () => {
            update({ children: state.answers.children.filter((_, j) => j !== i) });
            drawRows();
          });
          return h(
            'tr',
            {},
            h('td', {}, textInput(child.name, (v) => set({ name: v }), `Name of row ${i + 1}`)),
            h('td', {}, numberInput(child.driver, (v) => set({ driver: v }), `Driver of row ${i + 1}`)),
            h('td', {}, lock),
            h('td', {}, remove),
          );
        }),
      );
    drawRows();
    const even = h('button', { type: 'button', className: 'sp-secondary' }, 'Split evenly');
    even.addEventListener('click', () => {
      update({ children: state.answers.children.map((c) => ({ ...c, driver: 1 })) });
      drawRows();
    });
    const add = h('button', { type: 'button', className: 'sp-secondary' }, 'Add a row');
    add.addEventListener('click', () => {
      update({ children: [...state.answers.children, { name: '', driver: 1, lock: null }] });
      drawRows();
    });
    const fromSelection = h('button', { type: 'button', className: 'sp-secondary' }, 'Use the selected cells');
    fromSelection.addEventListener('click', async () => {
      try {
        const { values } = await host.readSelection();
        const children = values
          .filter((row) => row[0] !== null && row[0] !== '' && row[0] !== undefined)
          .map((row) => ({ name: String(row[0]), driver: typeof row[1] === 'number' && row[1] >= 0 ? row[1] : 1, lock: null }));
        if (children.length === 0) errors = { children: 'The selection has no names: select a column of names (and their drivers beside them).' };
        else update({ children });
      } catch (error) {
        errors = { children: `Could not read the selection: ${error instanceof Error ? error.message : String(error)}` };
      }
      draw();
    });
    const newReps = textInput(a.newReps.map((r) => `${r.name}: ${r.startMonth}`).join('; '), (v) => {
      const reps = v
        .split(';')
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part) => {
          const [name, month] = part.split(':');
          return { name: (name ?? '').trim(), startMonth: Number((month ?? '').trim()) };
        });
      update({ newReps: reps });
    }, 'New reps');
    return [
      h('label', { className: 'sp-check' }, seasonal, ' Seasonality from the history (otherwise flat months)'),
      shares,
      field(`Split by`, select(a.childLabel, ['Region', 'Rep', 'Product'], (v) => update({ childLabel: v }), 'Split by'), 'childLabel', errors),
      h('div', { className: 'sp-row-buttons' }, fromSelection, add, even),
      h('table', { className: 'sp-children' }, h('thead', {}, h('tr', {}, h('th', {}, 'Name'), h('th', {}, 'Driver'), h('th', {}, 'Lock'), h('th', {}))), rows),
      errors.children ? h('p', { className: 'sp-field-error', dataset: { field: 'children' } }, errors.children) : h('p', { className: 'sp-hint' }, `Driver: last year's revenue, potential… Lock: a fixed target (blank = share). Up to ${MAX_CHILDREN.toLocaleString('en-US')} rows.`),
      field('Round targets to', numberInput(a.roundTo, (v) => update({ roundTo: v }), 'Round to'), 'roundTo', errors),
      field('Expected attainment (%)', numberInput(Math.round(a.attainment * 100), (v) => update({ attainment: v / 100 }), 'Expected attainment percent'), 'attainment', errors, 'Targets are grossed up by it.'),
      field('Full quota per rep (year)', numberInput(a.fullQuota, (v) => update({ fullQuota: v }), 'Full quota'), 'fullQuota', errors),
      field('Fully ramped reps', numberInput(a.headcount, (v) => update({ headcount: v }), 'Headcount', '1'), 'headcount', errors),
      field('New reps (name: start month; …)', newReps, 'newReps', errors, 'e.g. "Ines: 4; Tom: 9".'),
      field('New-rep ramp: % of full quota in months 1, 2, 3', rampInputs(), 'ramp', errors, 'Full quota from the fourth month.'),
    ];
  }

  /** Three inputs for the ramp of a new rep's first three months, in percent. */
  function rampInputs(): HTMLElement {
    const ramp = [...state.answers.ramp] as [number, number, number];
    return h(
      'span',
      { className: 'sp-ramp' },
      ...ramp.map((factor, i) =>
        numberInput(Math.round(factor * 100), (v) => {
          ramp[i] = v / 100;
          update({ ramp: [...ramp] as [number, number, number] });
        }, `Ramp month ${i + 1} percent`),
      ),
    );
  }

  function stepReview(): HTMLElement[] {
    const numbers = reviewNumbers(state);
    if (typeof numbers === 'string') return [h('p', { className: 'sp-field-error' }, numbers)];
    const a = state.answers;
    const facts: [string, string][] = [
      ['Target', money(numbers.target)],
      ['Quota handed out', `${money(numbers.handOut)} (over-assignment ${percent(numbers.overAssignment)})`],
      ['Capacity at attainment', money(numbers.capacity)],
      ['Gap to target', numbers.gap > 0 ? money(numbers.gap) : 'none'],
      ['More reps needed', String(numbers.moreRepsNeeded)],
    ];
    const build = h('button', { type: 'button', className: 'sp-primary' }, 'Build the plan sheet');
    build.addEventListener('click', async () => {
      build.disabled = true;
      status.className = 'sp-status';
      status.replaceChildren('Building…');
      try {
        const result = await host.renderPlan(buildSalesPlan(state.answers));
        status.className = 'sp-status sp-ok';
        status.replaceChildren(`Built “${result.sheetNames.join('”, “')}”. Edit its yellow cells: every target follows.`);
      } catch (error) {
        status.className = 'sp-status sp-error';
        status.replaceChildren(`Could not build the plan: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        build.disabled = false;
      }
    });
    return [
      h('dl', { className: 'sp-facts' }, ...facts.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
      h('table', { className: 'sp-children' }, h('thead', {}, h('tr', {}, h('th', {}, a.childLabel), h('th', {}, a.periodMonths === 12 ? 'Quota handed out (year)' : 'Quota handed out'))), h('tbody', {}, ...a.children.map((c, i) => h('tr', {}, h('td', {}, c.name), h('td', { className: 'sp-num' }, money(numbers.annual[i])))))),
      ...numbers.warnings.map((w) => h('p', { className: 'sp-warn' }, w)),
      build,
      status,
    ];
  }

  const steps = [stepGoal, stepBaseline, stepBreakdown, stepReview];
  function draw(): void {
    const back = h('button', { type: 'button', className: 'sp-link', disabled: state.step === 0 }, '← Back');
    back.addEventListener('click', () => goTo(state.step - 1));
    const next = h('button', { type: 'button', className: 'sp-primary' }, 'Next →');
    next.addEventListener('click', () => goTo(state.step + 1));
    const parts: HTMLElement[] = [
      h('ol', { className: 'sp-steps' }, ...STEP_TITLES.map((t, i) => h('li', { className: i === state.step ? 'sp-current' : i < state.step ? 'sp-done' : '' }, t))),
      h('h2', {}, `${state.step + 1}. ${STEP_TITLES[state.step]}`),
    ];
    if (notice) parts.push(h('p', { className: 'sp-warn', role: 'alert' }, notice));
    parts.push(h('div', { className: 'sp-step' }, ...steps[state.step]()), h('div', { className: 'sp-nav' }, back, state.step < steps.length - 1 ? next : null));
    root.replaceChildren(...parts);
  }
  draw();
}
