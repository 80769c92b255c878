import { Plan, renamePlanSheets } from '../../core/kit/sheet';
import { ScenarioStore, SCENARIOS_SETTING, readScenarioStore, scenarioSpecOf, scenarioStoreJson, withPlanSheet } from '../../core/plans/scenarios';
import { Host, UiSettings } from '../host';

/** The plan sheets whose inputs may be saved as scenarios, as the document keeps them. */
export const storedScenarios = (settings: UiSettings): ScenarioStore => readScenarioStore(settings[SCENARIOS_SETTING]);

/** Keeps the store in the document, with the rest of the pane's settings. */
export const saveScenarios = (host: Host, store: ScenarioStore): Promise<void> => host.saveSettings({ [SCENARIOS_SETTING]: scenarioStoreJson(store) });

/**
 * After a build: each new plan sheet with inputs becomes one whose scenarios the Scenarios tab
 * saves, under the name the host gave it (" (2)" when the name was taken), with no scenarios yet.
 *
 * @example
 * await rememberPlanSheets(host, plan, result.sheetNames);
 */
export async function rememberPlanSheets(host: Host, plan: Plan, sheetNames: readonly string[]): Promise<void> {
  const rendered = renamePlanSheets(plan, sheetNames);
  let store = storedScenarios(await host.loadSettings());
  let added = false;
  rendered.sheets.forEach((sheet, i) => {
    const spec = scenarioSpecOf(sheet);
    if (!spec) return;
    store = withPlanSheet(store, sheetNames[i], spec);
    added = true;
  });
  if (added) await saveScenarios(host, store);
}
