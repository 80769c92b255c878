import { h } from '../dom';
import { CellValue } from '../../core/kit/cells';
import { Plan } from '../../core/kit/sheet';
import { Host, MAX_SELECTION_CELLS, SelectionValues, UiSettings } from '../host';
import { numberLocale, t } from '../i18n';
import { rememberPlanSheets } from '../scenarios/planSheets';

/** What a step's render gets: the state, its errors, and the ways to change and redraw it. */
export interface StepContext<S> {
  readonly state: S;
  readonly errors: Readonly<Record<string, string>>;
  readonly host: Host;
  /** The wizard's status line (what Build says), cleared on every step change. */
  readonly status: HTMLElement;
  /** Changes the state and saves it a moment later (as the user types); no redraw. */
  update(change: (state: S) => S): void;
  /** Sets errors by field (or none) and draws the step again. */
  redraw(errors?: Record<string, string>): void;
  /**
   * The used part of the user's selection. Says in the status line when whole columns were read
   * only as far as the data goes; when the selection cannot be read (or is too large for the pane),
   * says why beside `field` and gives undefined.
   */
  readSelection(field: string): Promise<SelectionValues | undefined>;
  /**
   * Keeps the user's table this wizard read (a lead table of thousands of rows is not a setting), by
   * its address (`Leads!A1:I2506`), for its later steps, in this pane only: the last
   * {@link KEPT_TABLES} tables read (an evaluation reads its actuals and its open pipeline).
   */
  keepTable(address: string, values: CellValue[][]): void;
  /** The table kept for an address, or undefined (not read in this pane, or other tables read since). */
  keptTable(address: string): CellValue[][] | undefined;
}

/** How many tables a wizard keeps in memory at once, the latest read. */
export const KEPT_TABLES = 2;

/** What a step's check and its leaving may read besides the state: the table the wizard read. */
export interface StepMemory {
  keptTable(address: string): CellValue[][] | undefined;
}

/** One step: its title, its fields, what it checks before the next step, what leaving it sets. */
export interface WizardStep<S> {
  readonly title: string;
  render(context: StepContext<S>): (HTMLElement | null)[];
  /** Errors by field name; the wizard goes on only when there are none. */
  validate?(state: S, memory: StepMemory): Record<string, string>;
  /** What moving forward from this step fills in (a baseline computed from the history, say). */
  leave?(state: S, memory: StepMemory): S;
}

/** A wizard: a name for its saved answers, its steps, and how to start or restore its state. */
export interface WizardDefinition<S extends { readonly step: number }> {
  /** The settings key its state is saved under in the document. */
  readonly settingsKey: string;
  readonly steps: readonly WizardStep<S>[];
  /** The state from what was saved, checked as untrusted input; `message` when it could not be used. */
  restore(saved: unknown): { state: S; message?: string };
}

/** The steps' titles in a row, the current one marked, the done ones ticked. */
function progress(steps: readonly { readonly title: string }[], current: number): HTMLElement {
  return h(
    'ol',
    { className: 'sp-steps' },
    ...steps.map((s, i) => h('li', { className: i === current ? 'sp-current' : i < current ? 'sp-done' : '' }, t(s.title))),
  );
}

/** Back (never before the first step) and Next (not on the last, where the step has its own Build). */
function navigation(step: number, count: number, goTo: (step: number) => void): HTMLElement {
  const back = h('button', { type: 'button', className: 'sp-link', disabled: step === 0, onclick: () => goTo(step - 1) }, t('← Back'));
  const next = h('button', { type: 'button', className: 'sp-primary', onclick: () => goTo(step + 1) }, t('Next →'));
  return h('div', { className: 'sp-nav' }, back, step < count - 1 ? next : null);
}

/**
 * Runs a wizard in the pane: the steps as a list, Back and Next, errors beside the fields, the state
 * saved in the document as the user types (300 ms after the last change) and at once on every step,
 * and restored (with validation) when the pane opens again.
 *
 * @example
 * runWizard(root, host, settings, SALES_PLAN_WIZARD);
 */
export function runWizard<S extends { readonly step: number }>(root: HTMLElement, host: Host, settings: UiSettings, wizard: WizardDefinition<S>): void {
  const restored = wizard.restore(settings[wizard.settingsKey]);
  let state = restored.state;
  let errors: Record<string, string> = {};
  let notice = restored.message;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const status = h('p', { className: 'sp-status', role: 'status' });
  const say = (className: string, text: string) => {
    status.className = `sp-status ${className}`;
    status.replaceChildren(text);
  };
  // A save that fails (a host quota, a lost connection) is said, never swallowed: the next one may work.
  const save = () => {
    clearTimeout(pending);
    host
      .saveSettings({ [wizard.settingsKey]: JSON.stringify(state) })
      .catch((error: unknown) =>
        say('sp-error', t('Your answers could not be saved in this document: {value}', { value: error instanceof Error ? error.message : String(error) })),
      );
  };
  // The table the wizard read last: this wizard's own, in memory (a module variable would be shared by every pane).
  const kept = new Map<string, CellValue[][]>();
  // One context for the wizard's life: `state` and `errors` read the live values, so a step's
  // closures (a total refreshed as the user types) always see the latest answers.
  const context: StepContext<S> = {
    get state() {
      return state;
    },
    get errors() {
      return errors;
    },
    host,
    status,
    update(change) {
      state = change(state);
      clearTimeout(pending);
      pending = setTimeout(save, 300);
    },
    redraw(newErrors) {
      if (newErrors) errors = newErrors;
      draw();
    },
    readSelection: (field) => readSelectionSaying(host, say, (error) => context.redraw({ [field]: error })),
    keepTable(address, values) {
      kept.delete(address);
      kept.set(address, values);
      // The oldest goes first: a map keeps the order its keys were set in.
      while (kept.size > KEPT_TABLES) kept.delete(kept.keys().next().value!);
    },
    keptTable: (address) => kept.get(address),
  };

  const goTo = (step: number) => {
    const current = wizard.steps[state.step];
    if (step > state.step) {
      errors = current.validate?.(state, context) ?? {};
      if (Object.keys(errors).length > 0) return draw();
      state = current.leave?.(state, context) ?? state;
    }
    errors = {};
    notice = undefined;
    status.className = 'sp-status';
    status.replaceChildren();
    state = { ...state, step };
    save();
    draw();
  };

  function draw(): void {
    const { steps } = wizard;
    const body = steps[state.step].render(context).filter((e): e is HTMLElement => e !== null);
    root.replaceChildren(
      progress(steps, state.step),
      h('h2', {}, `${state.step + 1}. ${t(steps[state.step].title)}`),
      ...(notice ? [h('p', { className: 'sp-warn', role: 'alert' }, notice)] : []),
      h('div', { className: 'sp-step' }, ...body),
      navigation(state.step, steps.length, goTo),
    );
  }
  draw();
}

/** The selection through the host, its trimming said in the status line and its failure beside a field. */
async function readSelectionSaying(
  host: Host,
  say: (className: string, text: string) => void,
  fail: (error: string) => void,
): Promise<SelectionValues | undefined> {
  try {
    const selection = await host.readSelection();
    if (selection.tooLarge !== undefined) {
      fail(
        t("The selection holds {cells} cells with data, more than the {max} the pane reads: select only the table's columns.", {
          cells: selection.tooLarge.toLocaleString(numberLocale()),
          max: MAX_SELECTION_CELLS.toLocaleString(numberLocale()),
        }),
      );
      return undefined;
    }
    if (selection.trimmedFrom)
      say('', t('Read {address}: the part of the selected {selected} that holds data.', { address: selection.address, selected: selection.trimmedFrom }));
    return selection;
  } catch (error) {
    fail(t('Could not read the selection: {value}', { value: error instanceof Error ? error.message : String(error) }));
    return undefined;
  }
}

/**
 * A wizard's Build button: renders the plan through the host, says "Building…", then what was built
 * (or why not) in the wizard's status line; disabled while it works.
 *
 * @example
 * buildButton(context, 'Build the plan sheet', () => buildSalesPlan(answers), (names) => `Built “${names}”.`, 'the plan')
 */
export function buildButton<S extends { readonly step: number }>(
  context: StepContext<S>,
  label: string,
  plan: () => Plan,
  built: (sheetNames: string) => string,
  what: string,
): HTMLButtonElement {
  const trigger = h('button', { type: 'button', className: 'sp-primary' }, label);
  trigger.addEventListener('click', async () => {
    trigger.disabled = true;
    context.status.className = 'sp-status';
    context.status.replaceChildren(t('Building…'));
    try {
      const builtPlan = plan();
      const result = await context.host.renderPlan(builtPlan);
      context.status.className = 'sp-status sp-ok';
      context.status.replaceChildren(built(result.sheetNames.join('”, “')));
      // The sheet is built whatever happens next; its scenarios not being saveable is said beside it.
      await rememberPlanSheets(context.host, builtPlan, result.sheetNames).catch((error: unknown) =>
        context.status.append(
          ' ',
          t('Its inputs cannot be saved as scenarios in this document: {value}', { value: error instanceof Error ? error.message : String(error) }),
        ),
      );
    } catch (error) {
      context.status.className = 'sp-status sp-error';
      context.status.replaceChildren(t('Could not build {what}: {value}', { what, value: error instanceof Error ? error.message : String(error) }));
    } finally {
      trigger.disabled = false;
    }
  });
  return trigger;
}

/**
 * Changes some of a wizard's answers (kept under `answers` in its state), saved a moment later.
 *
 * @example
 * answer(context, { growth: 0.1 });
 */
export function answer<S extends { readonly step: number; readonly answers: object }>(context: StepContext<S>, change: Partial<S['answers']>): void {
  context.update((state) => ({ ...state, answers: { ...state.answers, ...change } }));
}
