/**
 * @jest-environment jsdom
 */
import { Plan } from '../../core/kit/sheet';
import { buildSalesPlan, defaultAnswers } from '../../core/plans/salesPlan';
import { CellInput, Host, UiSettings } from '../host';
import { rememberPlanSheets, storedScenarios } from './planSheets';
import { renderScenarios } from './scenariosPane';

/** A host whose plan sheet holds `cells` (by A1), with a settings store the test reads. */
function fakeHost(cells: Record<string, CellInput>) {
  const rendered: Plan[] = [];
  const host: Host & { stored: UiSettings } = {
    stored: {},
    kind: 'preview',
    functionPrefix: '',
    insertFormula: async () => ({ status: 'inserted', address: 'A1' }),
    loadSettings: async () => ({ ...host.stored }),
    displayLanguage: async () => 'en-US',
    saveSettings: async (change) => void (host.stored = { ...host.stored, ...change }),
    readSelection: async () => ({ address: 'A1', values: [] }),
    readCells: async (sheet, refs) => {
      if (sheet !== 'Sales plan 2027') throw new Error(`The sheet “${sheet}” is no longer in the workbook.`);
      return refs.map((ref) => cells[ref] ?? null);
    },
    writeCells: async (_sheet, refs, values) => refs.forEach((ref, i) => (cells[ref] = values[i])),
    renderPlan: async (plan) => (rendered.push(plan), { sheetNames: plan.sheets.map((s) => s.name) }),
  };
  return { host, rendered, cells };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const buttonNamed = (root: HTMLElement, text: string, within: ParentNode = root) =>
  [...within.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === text)!;
const names = (root: HTMLElement) => [...root.querySelectorAll('.sp-scenario-name')].map((n) => n.textContent);

async function paneWithAPlan(cells: Record<string, CellInput>) {
  const fake = fakeHost(cells);
  await rememberPlanSheets(fake.host, buildSalesPlan(defaultAnswers(2027)), ['Sales plan 2027']);
  const root = document.createElement('div');
  renderScenarios(root, fake.host, await fake.host.loadSettings());
  return { ...fake, root };
}

async function saveAs(root: HTMLElement, choice: string) {
  const picker = root.querySelector<HTMLSelectElement>('select[aria-label="Scenario name"]')!;
  picker.value = choice;
  picker.dispatchEvent(new Event('change'));
  buttonNamed(root, 'Save the plan’s inputs as this scenario').click();
  await flush();
}

describe('the Scenarios tab', () => {
  it('asks for a plan first when none was built', () => {
    const root = document.createElement('div');
    renderScenarios(root, fakeHost({}).host, {});
    expect(root.textContent).toContain('Build a plan with a wizard first');
  });

  it('saves the plan sheet’s inputs as Base and Best, read through the host, and keeps them in the document', async () => {
    const { root, host, cells } = await paneWithAPlan({ B5: 1_000_000, B6: 0.1 });
    await saveAs(root, 'base');
    cells.B6 = 0.25;
    await saveAs(root, 'best');
    expect(names(root)).toEqual(['Base', 'Best']);
    const kept = storedScenarios(host.stored)['Sales plan 2027'].scenarios;
    expect(kept.map((s) => s.values.slice(0, 2))).toEqual([
      [1_000_000, 0.1],
      [1_000_000, 0.25],
    ]);
    expect(root.querySelector('.sp-status')?.textContent).toBe('Saved “Best”: 11 inputs.');
  });

  it('applies a saved scenario back to the plan sheet', async () => {
    const { root, cells } = await paneWithAPlan({ B5: 1_000_000, B6: 0.1 });
    await saveAs(root, 'worst');
    cells.B6 = 0.4;
    buttonNamed(root, 'Apply', root.querySelector('[data-scenario="Worst"]')!).click();
    await flush();
    expect(cells.B6).toBe(0.1);
    expect(root.querySelector('.sp-status')?.textContent).toContain('Applied “Worst” to “Sales plan 2027”');
  });

  it('deletes a scenario, and Undo brings it back', async () => {
    const { root, host } = await paneWithAPlan({ B5: 1 });
    await saveAs(root, 'base');
    await saveAs(root, 'best');
    buttonNamed(root, 'Delete', root.querySelector('[data-scenario="Base"]')!).click();
    await flush();
    expect(names(root)).toEqual(['Best']);
    buttonNamed(root, 'Undo').click();
    await flush();
    expect(names(root)).toEqual(['Base', 'Best']);
    expect(storedScenarios(host.stored)['Sales plan 2027'].scenarios).toHaveLength(2);
  });

  it('saves under a name typed, and refuses an empty one', async () => {
    const { root } = await paneWithAPlan({ B5: 1 });
    await saveAs(root, 'typed');
    expect(root.querySelector('.sp-status')?.textContent).toBe('Type a name for the scenario.');
    const box = root.querySelector<HTMLInputElement>('input[aria-label="Scenario name"]')!;
    box.value = 'Hire in Q2';
    box.dispatchEvent(new Event('input'));
    buttonNamed(root, 'Save the plan’s inputs as this scenario').click();
    await flush();
    expect(names(root)).toEqual(['Hire in Q2']);
  });

  it('builds the Scenarios sheet with one column a scenario', async () => {
    const { root, rendered } = await paneWithAPlan({ B5: 1 });
    await saveAs(root, 'base');
    await saveAs(root, 'best');
    buttonNamed(root, 'Build the Scenarios sheet').click();
    await flush();
    expect(rendered[0].sheets[0].name).toBe('Scenarios');
    expect(rendered[0].sheets[0].cells[4].slice(0, 4)).toEqual([{ text: 'Input' }, { text: 'On the plan now' }, { text: 'Base' }, { text: 'Best' }]);
    expect(root.querySelector('.sp-status')?.textContent).toContain('Built “Scenarios”');
  });

  it('says when the plan sheet is gone', async () => {
    const { root, host } = await paneWithAPlan({});
    host.readCells = async () => {
      throw new Error('The sheet “Sales plan 2027” is no longer in the workbook.');
    };
    await saveAs(root, 'base');
    expect(root.querySelector('.sp-status')?.textContent).toBe('Could not save the scenario: The sheet “Sales plan 2027” is no longer in the workbook.');
  });
});

describe('the Scenarios tab and a plan sheet deleted since', () => {
  it('forgets it with its scenarios, and Undo brings it back', async () => {
    const { root, host } = await paneWithAPlan({ B5: 1 });
    await saveAs(root, 'base');
    buttonNamed(root, 'Forget this plan sheet').click();
    await flush();
    expect(root.textContent).toContain('Build a plan with a wizard first');
    expect(storedScenarios(host.stored)).toEqual({});
    buttonNamed(root, 'Undo').click();
    await flush();
    expect(names(root)).toEqual(['Base']);
    expect(Object.keys(storedScenarios(host.stored))).toEqual(['Sales plan 2027']);
  });
});
