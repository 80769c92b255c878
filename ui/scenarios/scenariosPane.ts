import { CellInput } from '../host';
import {
  MAX_SCENARIO_NAME,
  MAX_SCENARIOS,
  PlanScenarios,
  ScenarioStore,
  buildScenarios,
  withScenario,
  withoutPlanSheet,
  withoutScenario,
} from '../../core/plans/scenarios';
import { h } from '../dom';
import { button, field, select, textInput } from '../form';
import { Host, UiSettings } from '../host';
import { msg, t, uiLanguage } from '../i18n';
import { saveScenarios, storedScenarios } from './planSheets';

/** The names a scenario is usually given, and "a name typed". */
const NAMES = ['base', 'best', 'worst', 'typed'] as const;
type NameChoice = (typeof NAMES)[number];
const NAME_LABELS: Readonly<Record<NameChoice, string>> = { base: msg('Base'), best: msg('Best'), worst: msg('Worst'), typed: msg('Another name…') };

/** What the tab remembers while it is open: the plan sheet, the name chosen, and the store. */
interface PaneState {
  store: ScenarioStore;
  sheet: string;
  choice: NameChoice;
  typed: string;
}

/** The scenario's name as it will be saved: the chosen one in the pane's language, or the typed one. */
function scenarioName(state: PaneState): string {
  return state.choice === 'typed' ? state.typed.trim() : t(NAME_LABELS[state.choice]);
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The Scenarios tab: a plan sheet's yellow inputs saved as a named scenario (base, best, worst or a
 * name typed), applied back to the sheet, deleted (with undo), and set side by side on a Scenarios
 * sheet whose columns each compute the plan's key outputs. The scenarios live in the document.
 *
 * @example
 * renderScenarios(root, host, settings);
 */
export function renderScenarios(root: HTMLElement, host: Host, settings: UiSettings): void {
  const store = storedScenarios(settings);
  const sheets = Object.keys(store);
  const saved = typeof settings.scenariosSheet === 'string' && store[settings.scenariosSheet] ? settings.scenariosSheet : sheets[sheets.length - 1];
  const state: PaneState = { store, sheet: saved ?? '', choice: 'base', typed: '' };
  const status = h('p', { className: 'sp-status', role: 'status' });
  const say = (className: string, text: string, ...extra: HTMLElement[]) => {
    status.className = `sp-status ${className}`;
    status.replaceChildren(text, ...extra);
  };
  const body = h('div', { className: 'sp-scenarios' });
  const draw = () => body.replaceChildren(...paneParts(host, state, draw, say).filter((part): part is HTMLElement => part !== null));
  root.replaceChildren(
    h('h2', {}, t('Scenarios')),
    h(
      'p',
      { className: 'sp-hint' },
      t('Save a plan’s yellow inputs as a scenario, try others, apply one back, and compare them side by side on a Scenarios sheet.'),
    ),
    body,
    status,
  );
  draw();
}

type Say = (className: string, text: string, ...extra: HTMLElement[]) => void;

function paneParts(host: Host, state: PaneState, draw: () => void, say: Say): (HTMLElement | null)[] {
  const sheets = Object.keys(state.store);
  if (sheets.length === 0) return [h('p', { className: 'sp-empty' }, t('Build a plan with a wizard first: its yellow inputs can then be saved as scenarios.'))];
  const entry = state.store[state.sheet];
  const chooseSheet = (sheet: string) => {
    state.sheet = sheet;
    void host.saveSettings({ scenariosSheet: sheet }).catch(() => undefined);
    draw();
  };
  const nameBox = textInput(state.typed, (v) => (state.typed = v), t('Scenario name'));
  nameBox.maxLength = MAX_SCENARIO_NAME;
  return [
    field(t('Plan sheet'), select(state.sheet, sheets, chooseSheet, t('Plan sheet')), 'sheet', {}),
    button(t('Forget this plan sheet'), () => void forgetSheet(host, state, draw, say), 'sp-link'),
    field(
      t('Scenario name'),
      select(
        state.choice,
        NAMES,
        (v) => ((state.choice = v), draw()),
        t('Scenario name'),
        (v) => t(NAME_LABELS[v]),
      ),
      'name',
      {},
    ),
    state.choice === 'typed' ? field(t('Name'), nameBox, 'typed', {}) : null,
    button(t('Save the plan’s inputs as this scenario'), () => void saveScenario(host, state, draw, say)),
    entry ? scenarioList(host, state, entry, draw, say) : null,
    entry && entry.scenarios.length > 0
      ? button(t('Build the Scenarios sheet'), () => void buildSheet(host, state.sheet, entry, say), 'sp-primary')
      : h('p', { className: 'sp-hint' }, t('No scenario saved for this plan yet.')),
  ];
}

/** Reads the plan sheet's inputs through the host and keeps them under the scenario's name. */
async function saveScenario(host: Host, state: PaneState, draw: () => void, say: Say): Promise<void> {
  const name = scenarioName(state);
  const entry = state.store[state.sheet];
  if (!entry) return;
  if (name === '') return say('sp-error', t('Type a name for the scenario.'));
  try {
    const values = await host.readCells(
      state.sheet,
      entry.spec.inputs.map((i) => i.ref),
    );
    const replaced = entry.scenarios.some((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!replaced && entry.scenarios.length >= MAX_SCENARIOS)
      return say('sp-error', t('A plan keeps at most {count} scenarios: delete one first.', { count: MAX_SCENARIOS }));
    state.store = withScenario(state.store, state.sheet, { name, values });
    await saveScenarios(host, state.store);
    draw();
    say('sp-ok', replaced ? t('Saved “{name}” again, over the one before.', { name }) : t('Saved “{name}”: {count} inputs.', { name, count: values.length }));
  } catch (error) {
    say('sp-error', t('Could not save the scenario: {value}', { value: message(error) }));
  }
}

function scenarioList(host: Host, state: PaneState, entry: PlanScenarios, draw: () => void, say: Say): HTMLElement {
  const items = entry.scenarios.map((scenario) =>
    h(
      'li',
      { className: 'sp-scenario', dataset: { scenario: scenario.name } },
      h('span', { className: 'sp-scenario-name' }, scenario.name),
      button(t('Apply'), () => void applyScenario(host, state.sheet, entry, scenario.name, scenario.values, say)),
      button(t('Delete'), () => void deleteScenario(host, state, scenario.name, draw, say)),
    ),
  );
  return h('ul', { className: 'sp-list sp-scenario-list', ariaLabel: t('Scenarios') }, ...items);
}

/** Types a scenario's inputs back into the plan sheet: every result and the check cell follow. */
async function applyScenario(host: Host, sheet: string, entry: PlanScenarios, name: string, values: readonly CellInput[], say: Say): Promise<void> {
  try {
    await host.writeCells(
      sheet,
      entry.spec.inputs.map((i) => i.ref),
      values,
    );
    say('sp-ok', t('Applied “{name}” to “{sheet}”: its check cell says whether every input keeps its rules.', { name, sheet }));
  } catch (error) {
    say('sp-error', t('Could not apply the scenario: {value}', { value: message(error) }));
  }
}

/**
 * A change to the store (a scenario deleted, a plan sheet forgotten), saved, then said with an
 * Undo that puts the store and the chosen sheet back; a save that fails changes nothing.
 */
async function changeWithUndo(
  host: Host,
  state: PaneState,
  change: { readonly store: ScenarioStore; readonly sheet: string; readonly done: string; readonly failed: string; readonly back: string },
  draw: () => void,
  say: Say,
): Promise<void> {
  const [store, sheet] = [state.store, state.sheet];
  [state.store, state.sheet] = [change.store, change.sheet];
  try {
    await saveScenarios(host, state.store);
  } catch (error) {
    [state.store, state.sheet] = [store, sheet];
    return say('sp-error', t(change.failed, { value: message(error) }));
  }
  draw();
  const undo = button(t('Undo'), () => {
    [state.store, state.sheet] = [store, sheet];
    void saveScenarios(host, store).then(draw, (error: unknown) => say('sp-error', message(error)));
    say('sp-ok', change.back);
  });
  say('sp-ok', change.done, undo);
}

/** Deletes a scenario, with an Undo that puts it back where it was. */
const deleteScenario = (host: Host, state: PaneState, name: string, draw: () => void, say: Say) =>
  changeWithUndo(
    host,
    state,
    {
      store: withoutScenario(state.store, state.sheet, name),
      sheet: state.sheet,
      done: t('Deleted “{name}”.', { name }),
      failed: msg('Could not delete the scenario: {value}'),
      back: t('“{name}” is back.', { name }),
    },
    draw,
    say,
  );

/** Forgets the chosen plan sheet and its scenarios (a sheet deleted since), with an Undo. */
function forgetSheet(host: Host, state: PaneState, draw: () => void, say: Say): Promise<void> {
  const store = withoutPlanSheet(state.store, state.sheet);
  return changeWithUndo(
    host,
    state,
    {
      store,
      sheet: Object.keys(store).at(-1) ?? '',
      done: t('Forgot “{name}” and its scenarios.', { name: state.sheet }),
      failed: msg('Could not forget the plan sheet: {value}'),
      back: t('“{name}” is back.', { name: state.sheet }),
    },
    draw,
    say,
  );
}

async function buildSheet(host: Host, sheet: string, entry: PlanScenarios, say: Say): Promise<void> {
  say('', t('Building…'));
  try {
    const result = await host.renderPlan(buildScenarios(sheet, entry.spec, entry.scenarios, uiLanguage()));
    say(
      'sp-ok',
      t('Built “{name}”: each column is one scenario; change its yellow inputs and only its outputs follow.', { name: result.sheetNames.join('”, “') }),
    );
  } catch (error) {
    say('sp-error', t('Could not build {what}: {value}', { what: t('the Scenarios sheet'), value: message(error) }));
  }
}
