import { SAMPLE_MARKETING } from '../../preview/src/sample';
import { CellValue } from '../../core/kit/cells';
import { budgetForLines, currentSpend, initialState, readLines, restoreState, validateStep, withBoundsAndMonths } from './budgetAllocationModel';

const history = [SAMPLE_MARKETING.header, ...SAMPLE_MARKETING.rows] as CellValue[][];

describe("the budget wizard's answers", () => {
  it('reads the sample Marketing history as five channels, each with a concave curve fitted and scaled to the year', () => {
    const read = readLines(history, 12);
    if (typeof read === 'string') throw new Error(read);
    expect(read.lines.map((l) => l.name)).toEqual(['Search', 'Social', 'Email', 'Events', 'Display']);
    for (const line of read.lines) {
      expect(['log', 'exp']).toContain(line.curve.kind);
      expect(line.points).toBe(48);
      const lastYear = SAMPLE_MARKETING.rows
        .filter((r) => r[1] === line.name)
        .slice(-12)
        .reduce((s, r) => s + (r[2] as number), 0);
      expect(line.current).toBe(lastYear);
    }
    expect(read.months).toHaveLength(12);
    expect(read.months.reduce((s, m) => s + m.share, 0)).toBeCloseTo(1, 12);
    expect(read.through).toBe('2017-12');
  });

  it('names the months of a history whose months are dates, as Excel and Sheets hand them over (serials), as it does 2017-03', () => {
    const serialOf = (month: string) => (Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)) - 1, 1) - Date.UTC(1970, 0, 1)) / 86_400_000 + 25_569;
    const dated = [history[0], ...history.slice(1).map((r) => [serialOf(String(r[0])), ...r.slice(1)])] as CellValue[][];
    const [typed, asDates] = [readLines(history, 12), readLines(dated, 12)];
    if (typeof typed === 'string' || typeof asDates === 'string') throw new Error('not read');
    expect(asDates.months).toEqual(typed.months);
    expect(asDates.months.map((m) => m.label)).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
  });

  it('reads a list of lines with typed curves', () => {
    const read = readLines(
      [
        ['Region', 'Spend', 'Kind', 'Beta', 'Kappa'],
        ['North', 100, 'log', 500, 80],
        ['South', 50, 'exp', 300, 40],
      ],
      1,
    );
    expect(typeof read !== 'string' && read.lines.map((l) => [l.name, l.current, l.curve.kind, l.points])).toEqual([
      ['North', 100, 'log', null],
      ['South', 50, 'exp', null],
    ]);
  });

  it('says what a table lacks', () => {
    expect(
      readLines(
        [
          ['Channel', 'Revenue'],
          ['Search', 5],
        ],
        12,
      ),
    ).toBe('The table needs a column of spend (a header with "Spend" or "Cost").');
  });

  it('checks the lines and the periods they are read over, the budget, and bounds the budget can meet, saying by how much', () => {
    const read = readLines(history, 12);
    if (typeof read === 'string') throw new Error(read);
    const ready = { ...initialState(), answers: { ...initialState().answers, budget: 300_000, lines: read.lines } };
    expect(validateStep({ ...ready, step: 0, answers: { ...ready.answers, lines: [] } })).toHaveProperty('lines');
    expect(validateStep({ ...ready, step: 0, periods: 1.5 })).toEqual({ periods: 'A whole number of periods, 1 or more (12 months for a year).' });
    expect(validateStep({ ...ready, step: 1, answers: { ...ready.answers, budget: 0 } })).toHaveProperty('budget');
    // 1e308 would print a 309-digit number and fill the sheet with #NUM!: it is refused in words.
    expect(validateStep({ ...ready, step: 1, answers: { ...ready.answers, budget: 1e308 } }).budget).toBe(
      'The budget to share: 0.01 or more, and at most a million billion (10¹⁵).',
    );
    const current = read.lines.reduce((s, l) => s + l.current, 0);
    expect(validateStep({ ...ready, step: 2, answers: { ...ready.answers, budget: current * 0.4 } }).bounds).toMatch(
      /^At 0.5× current spend the lines need [\d,]+, [\d,]+ more than the budget/,
    );
    expect(validateStep({ ...ready, step: 2 })).toEqual({});
  });

  it("starts the budget at the lines' current spend, and keeps a budget the manager typed when lines are read again", () => {
    const read = readLines(history, 12);
    if (typeof read === 'string') throw new Error(read);
    const spend = Math.round(currentSpend(read.lines) * 100) / 100;
    expect(spend).toBeGreaterThan(0);
    const fresh = initialState().answers;
    expect(budgetForLines(fresh, read.lines)).toBe(spend);
    const fewer = read.lines.slice(1);
    // Untouched since the last read: it follows the lines read now.
    expect(budgetForLines({ ...fresh, budget: spend, lines: read.lines }, fewer)).toBe(Math.round(currentSpend(fewer) * 100) / 100);
    expect(budgetForLines({ ...fresh, budget: 250_000, lines: read.lines }, fewer)).toBe(250_000);
  });

  it('sets bounds as multiples of current spend and weights by ROI when asked', () => {
    const read = readLines(history, 12);
    if (typeof read === 'string') throw new Error(read);
    const state = withBoundsAndMonths({ ...initialState(), answers: { ...initialState().answers, budget: 300_000, lines: read.lines, method: 'roi' } });
    expect(state.answers.lines[0].lower).toBe(read.lines[0].current * 0.5);
    expect(state.answers.lines[0].upper).toBe(read.lines[0].current * 2);
    expect(state.answers.lines[0].weight).toBeGreaterThan(0);
    expect(state.answers.lines[0].weight).toBeLessThan(20);
    expect(state.answers.months).toHaveLength(12);
  });

  it('restores saved answers only when they are whole and in order', () => {
    expect(restoreState('{').message).toMatch(/damaged/);
    expect(restoreState(JSON.stringify({ ...initialState(), step: 4 })).message).toMatch(/^Your saved answers need a look/);
  });
});
