/**
 * @jest-environment jsdom
 */
import { Host } from '../host';
import { renderLeadScoringWizard } from '../leadScoring/leadScoringWizard';
import { renderSalesEvaluationWizard } from '../salesEvaluation/salesEvaluationWizard';

function hostSelecting(values: unknown[][]): Host {
  return {
    kind: 'preview',
    functionPrefix: '',
    insertFormula: async () => ({ status: 'inserted', address: 'A1' }),
    loadSettings: async () => ({}),
    saveSettings: async () => undefined,
    displayLanguage: async () => 'en-US',
    readSelection: async () => ({ sheet: 'Data', address: `A1:C${values.length}`, values }),
    readCells: async () => [],
    writeCells: async () => undefined,
    renderPlan: async () => ({ sheetNames: [] }),
  };
}

const press = async (root: HTMLElement, label: string) => {
  [...root.querySelectorAll('button')].find((b) => b.textContent === label)!.click();
  await new Promise((resolve) => setTimeout(resolve, 0));
};

describe('a table the plan sheet would read differently from the pane', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.replaceChildren(root);
  });

  it('is refused by the lead scoring wizard when it stores a number as text, saying where', async () => {
    renderLeadScoringWizard(
      root,
      hostSelecting([
        ['Lead', 'Visits'],
        ['L1', 12],
        ['L2', '7'],
      ]),
      {},
    );
    await press(root, 'Use the selected cells as the lead table');
    expect(root.querySelector('.sp-field-error')?.textContent).toBe(
      'Visits in row 2 of the table holds 7 as text: the plan sheet reads text as a word, not a number. Store the column as numbers and read the table again.',
    );
  });

  it('is refused by the evaluation wizard when an owner has spaces around it', async () => {
    const actuals = [
      ['Closed', 'Amount', 'Owner'],
      [46400, 100, 'Ann'],
      [46410, 200, 'Ann '],
    ];
    renderSalesEvaluationWizard(root, hostSelecting(actuals), {});
    await press(root, 'Use the selected cells as the actuals');
    expect(root.querySelector('.sp-field-error')?.textContent).toBe(
      'Owner in row 2 of the table reads "Ann ", with spaces around it: the plan sheet compares names exactly and would not count it. Remove the spaces (TRIM) and read the table again.',
    );
  });
});
