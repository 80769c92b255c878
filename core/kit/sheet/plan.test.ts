import { chartSeries, freeNames, freeSheetName, keepsRule, planNames, scopedName, seriesRunDown } from './plan';

describe('a free sheet name', () => {
  it('is the wanted one when the workbook does not have it', () => {
    expect(freeSheetName('Sales plan 2027', ['Data'])).toBe('Sales plan 2027');
  });

  it('gets a number when the workbook has it, compared without regard to case', () => {
    expect(freeSheetName('Sales plan 2027', ['sales PLAN 2027', 'Sales plan 2027 (2)'])).toBe('Sales plan 2027 (3)');
  });

  it('is never "History", which Excel keeps for itself', () => {
    expect(freeSheetName('history', [])).toBe('history (2)');
  });

  it('drops characters Excel refuses, apostrophes at either end, and stays within 31 characters', () => {
    expect(freeSheetName("'Q1/Q2: [plan]'", [])).toBe('Q1 Q2   plan');
    expect(freeSheetName('A very long plan name that goes on and on', []).length).toBeLessThanOrEqual(31);
    expect(freeSheetName("''", [])).toBe('Plan');
  });
});

describe('a scoped name', () => {
  it('starts with a letter and holds only letters, digits and underscores', () => {
    expect(scopedName('Sales plan 2027 (2)', 'Target')).toBe('Sales_plan_2027_2_Target');
    expect(scopedName('2027 plan', 'Growth')).toBe('P_2027_plan_Growth');
  });

  it('reads a Vietnamese or Welsh sheet name without its accents', () => {
    expect(scopedName('Kế hoạch doanh số 2027', 'Target')).toBe('Ke_hoach_doanh_so_2027_Target');
    expect(scopedName('Cynllun gwerthu 2027', 'Growth')).toBe('Cynllun_gwerthu_2027_Growth');
  });

  it("keeps two Chinese sheets' names apart", () => {
    const [plan, budget] = [scopedName('销售计划 2027', 'Target'), scopedName('预算', 'Target')];
    expect(plan).toMatch(/^P_[A-Za-z0-9_]+_Target$/);
    expect(plan).not.toBe(budget);
    expect(scopedName('销售计划 2027', 'Target')).toBe(plan);
  });
});

describe('an input rule', () => {
  it('keeps blanks and numbers within bounds, refuses text and numbers outside', () => {
    const growth = { range: 'B6', min: -1, max: 5, message: '' };
    expect([null, '', 0.2, 5].map((v) => keepsRule(growth, v))).toEqual([true, true, true, true]);
    expect([20, -2, 'ten', Number.NaN].map((v) => keepsRule(growth, v))).toEqual([false, false, false, false]);
  });

  it('refuses a fraction where whole numbers are asked for', () => {
    expect(keepsRule({ range: 'B13', min: 0, whole: true, message: '' }, 2.5)).toBe(false);
  });
});

describe("which way a chart's series run", () => {
  it('runs down a column of values and along a row of them', () => {
    expect(seriesRunDown({ title: '', categories: 'D5:D7', values: 'E5:E7', anchor: 'M2' })).toBe(true);
    expect(seriesRunDown({ title: '', categories: 'E12:P12', values: '$E$40:$P$40', anchor: 'A44' })).toBe(false);
    expect(seriesRunDown({ title: '', categories: 'A1', values: 'B1', anchor: 'A44' })).toBe(false);
  });
});

describe("a chart's series", () => {
  it('are the columns of a values block along a column of categories, named', () => {
    expect(chartSeries({ title: '', categories: 'A2:A6', values: 'B2:C6', seriesNames: ['Current', 'Proposed'], anchor: 'E2' })).toEqual([
      { values: 'B2:B6', name: 'Current', colour: '0B5A3A', line: false },
      { values: 'C2:C6', name: 'Proposed', colour: '8C959F', line: false },
    ]);
  });

  it('are the rows of a block along a row of categories, and one series needs no name', () => {
    expect(chartSeries({ title: '', categories: 'E12:P12', values: '$E$40:$P$41', anchor: 'A44' })).toEqual([
      { values: 'E40:P40', name: 'Series 1', colour: '0B5A3A', line: false },
      { values: 'E41:P41', name: 'Series 2', colour: '8C959F', line: false },
    ]);
  });

  it("take the colours a chart names, and draw a combo's lines as lines", () => {
    const combo = chartSeries({
      title: '',
      categories: 'A2:A13',
      values: 'B2:C13',
      seriesNames: ['Actual', 'Target'],
      lines: [1],
      colours: ['1A7F37', '57606A'],
      anchor: 'E2',
    });
    expect(combo.map((s) => [s.colour, s.line])).toEqual([
      ['1A7F37', false],
      ['57606A', true],
    ]);
    expect(chartSeries({ kind: 'line', title: '', categories: 'A2:A13', values: 'B2:B13', anchor: 'E2' })[0].line).toBe(true);
  });
});

describe('the named ranges a plan adds', () => {
  it('are the scoped names when the workbook has none of them', () => {
    expect(freeNames('Sales plan 2027', ['Target', 'Growth'], ['Other'])).toEqual(['Sales_plan_2027_Target', 'Sales_plan_2027_Growth']);
  });

  it('all take one suffix when an earlier plan, since renamed by the user, kept one of them', () => {
    expect(freeNames('Sales plan 2027', ['Target', 'Growth'], ['SALES_PLAN_2027_GROWTH'])).toEqual(['Sales_plan_2027_2_Target', 'Sales_plan_2027_2_Growth']);
  });

  it('stay apart for sheet names that clean to the same letters', () => {
    const taken: string[] = [];
    for (const sheet of ['Sales plan 2027 (2)', 'Sales plan 2027 2', 'Sales-plan-2027 (2)', 'Kế hoạch doanh số 2027', 'Ke hoach doanh so 2027']) {
      const [name] = freeNames(sheet, ['Target'], taken);
      expect(taken.map((n) => n.toLowerCase())).not.toContain(name.toLowerCase());
      taken.push(name);
    }
  });

  it('stay apart between the sheets of one plan', () => {
    const sheet = (name: string) => ({ name, names: [{ name: 'Target', range: 'B2' }] });
    const plan = { sheets: [sheet('Evaluation'), sheet('Evaluation')] } as unknown as Parameters<typeof planNames>[0];
    expect(planNames(plan, ['Evaluation', 'Evaluation'], ['Evaluation_Target'])).toEqual([['Evaluation_2_Target'], ['Evaluation_3_Target']]);
  });
});
