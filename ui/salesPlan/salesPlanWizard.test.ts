/**
 * @jest-environment jsdom
 */
import { Host } from '../host';
import { renderSalesPlanWizard } from './salesPlanWizard';

function fakeHost(selection: unknown[][] = [[1]]) {
  const rendered: unknown[] = [];
  const host: Host = {
    kind: 'preview',
    functionPrefix: '',
    insertFormula: async () => ({ status: 'inserted', address: 'A1' }),
    loadSettings: async () => ({}),
    displayLanguage: async () => 'en-US',
    saveSettings: async () => undefined,
    readSelection: async () => ({ address: 'B2:B3', values: selection }),
    readCells: async () => [],
    writeCells: async () => undefined,
    renderPlan: async (plan) => {
      rendered.push(plan);
      return { sheetNames: [plan.sheets[0].name] };
    },
  };
  return { host, rendered };
}

const heading = (root: HTMLElement) => root.querySelector('h2')!.textContent;
const next = (root: HTMLElement) => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Next →')!.click();

describe('the sales-plan wizard in a pane', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.replaceChildren(root);
  });

  it('walks through the four steps with the defaults and builds a plan', async () => {
    const { host, rendered } = fakeHost();
    renderSalesPlanWizard(root, host, {});
    expect(heading(root)).toBe('1. The goal');
    next(root);
    next(root);
    next(root);
    expect(heading(root)).toBe('4. Review and build');
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Build the plan sheet')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(rendered).toHaveLength(1);
    expect(root.querySelector('.sp-status')!.textContent).toMatch(/^Built “Sales plan \d{4}”/);
  });

  it('plans the year after a history whose months are labelled up to a December, and says so', async () => {
    const months = Array.from({ length: 24 }, (_, i) => [`${2016 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, 100 + i]);
    renderSalesPlanWizard(root, fakeHost([['Month', 'Revenue'], ...months]).host, {});
    next(root);
    expect(heading(root)).toBe('2. The baseline');
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Use the selected cells as monthly history')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(root.querySelector('.sp-step .sp-hint')!.textContent).toBe('24 months read from B2:B3. They run to 2017-12, so the plan is for 2018.');
    [...root.querySelectorAll('button')].find((b) => b.textContent === '← Back')!.click();
    expect((root.querySelector('input[aria-label="Plan year"]') as HTMLInputElement).value).toBe('2018');
    // The goal's statement already reads the baseline the history gives, though its step was left by Back.
    expect(root.querySelector('.sp-smart')!.textContent).not.toContain('baseline of 1,000,000');
    expect(root.querySelector('.sp-smart')!.textContent).toMatch(/in 2018 \(\+10\.0% on a baseline of [\d,]+\)/);
  });

  it('restores answers saved by an older version, filling what they lack', () => {
    const old = { step: 2, answers: { measure: 'Units sold', year: 2026, owner: 'Ops', children: [{ name: 'A', driver: 1, lock: null }] } };
    renderSalesPlanWizard(root, fakeHost().host, { targetsWizard: JSON.stringify(old) });
    expect(heading(root)).toBe('3. The breakdown');
    next(root);
    expect(heading(root)).toBe('4. Review and build');
  });

  it.each([
    ['a start month of 13', { periodStart: 13, periodMonths: 3 }],
    ['a start month of 0.5', { periodStart: 0.5, periodMonths: 3 }],
    ['0 months', { periodStart: 1, periodMonths: 0 }],
    ['a billion months', { periodStart: 1, periodMonths: 1e9 }],
  ])('keeps its tab alive with a saved period of %s, and says what is wrong', (_what, period) => {
    const saved = { step: 0, answers: { measure: 'Revenue', year: 2027, owner: 'Ops', ...period } };
    renderSalesPlanWizard(root, fakeHost().host, { salesPlanWizard: JSON.stringify(saved) });
    expect(heading(root)).toBe('1. The goal');
    next(root);
    expect(heading(root)).toBe('1. The goal');
    expect(root.textContent).toMatch(/The period starts in a month from 1 \(January\) to 12\.|A period lasts from 1 to 12 months\./);
  });

  it('keeps drawing while a custom period is typed through values it refuses', () => {
    renderSalesPlanWizard(root, fakeHost().host, {});
    const months = root.querySelector<HTMLInputElement>('input[aria-label="Months"]')!;
    for (const typed of ['0', '1000000000', '6']) {
      months.value = typed;
      months.dispatchEvent(new Event('input', { bubbles: true }));
      months.dispatchEvent(new Event('change', { bubbles: true }));
      expect(heading(root)).toBe('1. The goal');
    }
  });

  it("never shows NaN while Growth is emptied, and drops a field's error once its value changes", () => {
    renderSalesPlanWizard(root, fakeHost().host, {});
    next(root);
    const growth = root.querySelector<HTMLInputElement>('input[aria-label="Growth percent"]')!;
    growth.value = '';
    growth.dispatchEvent(new Event('input', { bubbles: true }));
    expect(root.textContent).not.toContain('NaN');
    next(root);
    expect(root.querySelector('[data-field="growth"] .sp-field-error')).not.toBeNull();
    const retyped = root.querySelector<HTMLInputElement>('input[aria-label="Growth percent"]')!;
    retyped.value = '9';
    retyped.dispatchEvent(new Event('input', { bubbles: true }));
    expect(root.querySelector('[data-field="growth"] .sp-field-error')).toBeNull();
    expect(retyped.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows why a history selection cannot be used, next to the button', async () => {
    const { host } = fakeHost([['January'], [5]]);
    renderSalesPlanWizard(root, host, {});
    next(root);
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Use the selected cells as monthly history')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(root.querySelector('.sp-field-error')!.textContent).toBe('The selection holds "January": select monthly numbers only (oldest first).');
  });
});
