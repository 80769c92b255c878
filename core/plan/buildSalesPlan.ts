import { a1, columnLetters, rangeA1 } from './a1';
import { Plan, PlanCell, PlanFormat, PlanSheet, PlanStyle } from './plan';
import { MONTHS, SalesPlanAnswers, periodLabel, periodMonthsOf } from './salesPlanAnswers';
import { roundTo } from './computeSalesPlan';

const text = (value: string): PlanCell => ({ text: value });
const num = (value: number): PlanCell => ({ number: value });
const formula = (value: string): PlanCell => ({ formula: value });

/** Where each part of the plan sheet sits (zero-based rows; columns as letters). */
const ROW = {
  title: 0,
  statement: 1,
  inputs: 3,
  baseline: 4,
  growth: 5,
  target: 6,
  unit: 7,
  attainment: 8,
  handOut: 9,
  overAssignment: 10,
  fullQuota: 11,
  headcount: 12,
  ramp: 13,
  capacitySection: 15,
  capacity: 16,
  gap: 17,
  moreReps: 18,
  monthHeader: 20,
  shares: 21,
  childrenSection: 23,
  childrenHeader: 24,
  firstChild: 25,
} as const;
const FIRST_MONTH_COL = 4; // E
const WORK_COL = 18; // S: the workings of the largest-remainder split
const money = (value: number) => Math.round(value).toLocaleString('en-US');

/** B5-style absolute references to the inputs, as the formulas use them. */
const ref = (row: number, col = 1) => `$${columnLetters(col)}$${row + 1}`;

/** "Apr 2027": the m-th month of the plan's period. */
function monthName(answers: SalesPlanAnswers, m: number): string {
  const { month, year } = periodMonthsOf(answers)[m];
  return `${MONTHS[month - 1]} ${year}`;
}

/** The SMART statement assembled from the answers. */
export function smartStatement(answers: SalesPlanAnswers, target: number): string {
  const children = answers.children.length;
  const label = answers.childLabel.toLowerCase();
  return (
    `${answers.owner} will reach ${answers.measure.toLowerCase()} of ${money(target)} in ${periodLabel(answers)} ` +
    `(${answers.growth >= 0 ? '+' : ''}${(answers.growth * 100).toFixed(1)}% on a baseline of ${money(answers.baseline)}), ` +
    `shared among ${children} ${children === 1 ? label : `${label}s`} and tracked month by month from ${monthName(answers, 0)} to ${monthName(answers, answers.periodMonths - 1)}.`
  );
}

/**
 * The sales plan as a sheet: an inputs block (marked as inputs), capacity, the month shares, the
 * children × months grid and its totals, workings, new reps, and a chart of targets by month. Every
 * result is a native formula tied to the inputs, so the plan stays live when a manager edits it.
 * Names typed by the user are text cells.
 *
 * @example
 * buildSalesPlan(defaultAnswers(2027)).sheets[0].name //=> 'Sales plan 2027'
 */
export function buildSalesPlan(answers: SalesPlanAnswers): Plan {
  const n = answers.children.length;
  const months = periodMonthsOf(answers);
  const lastMonth = months.length - 1;
  const label = periodLabel(answers);
  const lastChild = ROW.firstChild + n - 1;
  const totalRow = ROW.firstChild + n;
  const checkRow = totalRow + 1;
  const newRepsSection = checkRow + 2;
  const newRepsHeader = newRepsSection + 1;
  const firstNewRep = newRepsHeader + 1;
  const lastNewRep = firstNewRep + answers.newReps.length - 1;
  const chartRow = Math.max(firstNewRep + answers.newReps.length, newRepsHeader + 1) + 1;
  const width = WORK_COL + 5;
  const height = chartRow + 1;
  const cells: PlanCell[][] = Array.from({ length: height }, () => Array<PlanCell>(width).fill(null));
  const put = (row: number, col: number, cell: PlanCell) => (cells[row][col] = cell);
  const monthCol = (m: number) => FIRST_MONTH_COL + m;
  const unit = ref(ROW.unit);
  const childRange = (col: number) => `$${columnLetters(col)}$${ROW.firstChild + 1}:$${columnLetters(col)}$${lastChild + 1}`;
  const target = roundTo(answers.baseline * (1 + answers.growth), answers.roundTo);

  put(ROW.title, 0, text(`Sales plan ${label}: ${answers.measure}`));
  put(ROW.statement, 0, text(smartStatement(answers, target)));

  put(ROW.inputs, 0, text('Inputs: change the yellow cells, and every target follows'));
  const inputs: [number, string, PlanCell][] = [
    [ROW.baseline, `Baseline (${answers.periodMonths === 12 ? 'annual' : `${answers.periodMonths} months`})`, num(answers.baseline)],
    [ROW.growth, 'Growth on the baseline', num(answers.growth)],
    [ROW.target, 'Target', formula(`=ROUND(${ref(ROW.baseline)}*(1+${ref(ROW.growth)})/${unit},0)*${unit}`)],
    [ROW.unit, 'Round targets to', num(answers.roundTo)],
    [ROW.attainment, 'Expected attainment', num(answers.attainment)],
    [ROW.handOut, 'Quota handed out (target ÷ attainment)', formula(`=ROUND(${ref(ROW.target)}/${ref(ROW.attainment)}/${unit},0)*${unit}`)],
    [ROW.overAssignment, 'Over-assignment', formula(`=${ref(ROW.handOut)}/${ref(ROW.target)}-1`)],
    [ROW.fullQuota, 'Full quota per rep (year)', num(answers.fullQuota)],
    [ROW.headcount, 'Fully ramped reps', num(answers.headcount)],
    [ROW.ramp, 'New-rep ramp (months 1, 2, 3)', num(answers.ramp[0])],
  ];
  for (const [row, label, cell] of inputs) {
    put(row, 0, text(label));
    put(row, 1, cell);
  }
  put(ROW.ramp, 2, num(answers.ramp[1]));
  put(ROW.ramp, 3, num(answers.ramp[2]));

  const newRepYear = answers.newReps.length > 0 ? `SUM($D$${firstNewRep + 1}:$D$${lastNewRep + 1})` : '0';
  put(ROW.capacitySection, 0, text('Capacity'));
  put(ROW.capacity, 0, text('Capacity at expected attainment'));
  // Full quota is a year's: the period carries its share of it.
  const periodShare = answers.periodMonths === 12 ? '' : `*${answers.periodMonths}/12`;
  put(ROW.capacity, 1, formula(`=(${ref(ROW.headcount)}*${ref(ROW.fullQuota)}${periodShare}+${newRepYear})*${ref(ROW.attainment)}`));
  put(ROW.gap, 0, text('Gap to target (negative = room to spare)'));
  put(ROW.gap, 1, formula(`=${ref(ROW.target)}-${ref(ROW.capacity)}`));
  put(ROW.moreReps, 0, text('More fully ramped reps needed'));
  put(ROW.moreReps, 1, formula(`=IF(${ref(ROW.gap)}<=0,0,ROUNDUP(${ref(ROW.gap)}/(${ref(ROW.fullQuota)}*${ref(ROW.attainment)}),0))`));

  put(ROW.monthHeader, 0, text('Month'));
  put(ROW.monthHeader, 3, text(answers.periodMonths === 12 ? 'Year' : 'Period'));
  put(ROW.shares, 0, text(answers.periodMonths === 12 ? 'Share of the year' : 'Share of the period'));
  months.forEach(({ month, year }, m) => {
    put(ROW.monthHeader, monthCol(m), text(year === answers.year ? MONTHS[month - 1] : `${MONTHS[month - 1]} ${year}`));
    put(ROW.shares, monthCol(m), num(answers.monthShares[m]));
  });
  put(ROW.shares, 3, formula(`=SUM(${a1(ROW.shares, monthCol(0))}:${a1(ROW.shares, monthCol(lastMonth))})`));

  put(ROW.childrenSection, 0, text(`Targets by ${answers.childLabel.toLowerCase()}`));
  const monthHeaders = months.map(({ month }) => MONTHS[month - 1]);
  const headers = [answers.childLabel, 'Driver', 'Lock (blank = share)', answers.periodMonths === 12 ? 'Annual target' : 'Target', ...monthHeaders];
  headers.forEach((h, col) => put(ROW.childrenHeader, col, text(h)));
  ['Weight', 'Exact', 'Rounded down', 'Remainder', 'Rank'].forEach((h, i) => put(ROW.childrenHeader, WORK_COL + i, text(h)));
  // Workings of the largest-remainder split, top right: what there is to share after the locks,
  // the whole units left after rounding down, and what is left below one unit.
  const [W, E, F, R, K] = [0, 1, 2, 3, 4].map((i) => columnLetters(WORK_COL + i));
  const toShare = `$${E}$${ROW.monthHeader + 1}`;
  const unitsLeft = `$${E}$${ROW.shares + 1}`;
  const belowUnit = `$${E}$${ROW.shares + 2}`;
  put(ROW.monthHeader, WORK_COL, text('To share'));
  put(ROW.monthHeader, WORK_COL + 1, formula(`=${ref(ROW.handOut)}-SUM(${childRange(2)})`));
  put(ROW.shares, WORK_COL, text('Units left'));
  put(ROW.shares, WORK_COL + 1, formula(`=INT((${toShare}-SUM(${childRange(WORK_COL + 2)}))/${unit}+0.000000001)`));
  put(ROW.shares + 1, WORK_COL, text('Below one unit'));
  put(ROW.shares + 1, WORK_COL + 1, formula(`=${toShare}-SUM(${childRange(WORK_COL + 2)})-${unitsLeft}*${unit}`));

  const openDrivers = `(SUM(${childRange(1)})-SUMPRODUCT(ISNUMBER(${childRange(2)})*${childRange(1)}))`;
  answers.children.forEach((child, i) => {
    const row = ROW.firstChild + i;
    const r = row + 1;
    put(row, 0, text(child.name));
    put(row, 1, num(child.driver));
    put(row, 2, child.lock === null ? null : num(child.lock));
    put(row, WORK_COL, formula(`=IF(ISNUMBER(C${r}),0,B${r}/${openDrivers})`));
    put(row, WORK_COL + 1, formula(`=${toShare}*${W}${r}`));
    put(row, WORK_COL + 2, formula(`=INT(${E}${r}/${unit}+0.000000001)*${unit}`));
    put(row, WORK_COL + 3, formula(`=IF(ISNUMBER(C${r}),-1,${E}${r}-${F}${r})`));
    // Rank: how many remainders are larger, plus how many equal ones stand above (ties go to the earlier child).
    const remainders = childRange(WORK_COL + 3);
    const larger = `SUMPRODUCT(--(${remainders}>${R}${r}+0.000000001))`;
    const equalAbove = i === 0 ? '' : `+SUMPRODUCT(--(ABS($${R}$${ROW.firstChild + 1}:${R}${r - 1}-${R}${r})<=0.000000001))`;
    put(row, WORK_COL + 4, formula(`=${larger}${equalAbove}`));
    put(row, 3, formula(`=IF(ISNUMBER(C${r}),C${r},${F}${r}+IF(${K}${r}<${unitsLeft},${unit},0)+IF(${K}${r}=${unitsLeft},${belowUnit},0))`));
    // Months: the cumulative target through each month, rounded down to the unit; December takes the rest.
    const cumulative = (m: number) =>
      `INT($D${r}*MIN(1,SUM($${columnLetters(monthCol(0))}$${ROW.shares + 1}:${columnLetters(monthCol(m))}$${ROW.shares + 1}))/${unit}+0.000000001)*${unit}`;
    for (let m = 0; m <= lastMonth; m += 1) {
      const through = m === lastMonth ? `$D${r}` : cumulative(m);
      put(row, monthCol(m), formula(m === 0 ? `=${through}` : `=${through}-(${cumulative(m - 1)})`));
    }
  });

  put(totalRow, 0, text('Total'));
  for (let col = 3; col <= monthCol(lastMonth); col += 1) {
    put(totalRow, col, formula(`=SUM(${a1(ROW.firstChild, col)}:${a1(lastChild, col)})`));
  }
  put(checkRow, 0, text('Check: total minus quota handed out (0 = adds up)'));
  put(checkRow, 3, formula(`=${a1(totalRow, 3)}-${ref(ROW.handOut)}`));

  put(newRepsSection, 0, text('New reps (ramped quota, not in the split above)'));
  ['Name', `Start month (1–12 of ${answers.year})`, '', 'Period', ...monthHeaders].forEach((h, col) => put(newRepsHeader, col, h ? text(h) : null));
  answers.newReps.forEach((rep, i) => {
    const row = firstNewRep + i;
    const r = row + 1;
    put(row, 0, text(rep.name));
    put(row, 1, num(rep.startMonth));
    put(row, 3, formula(`=SUM(${a1(row, monthCol(0))}:${a1(row, monthCol(lastMonth))})`));
    for (let m = 0; m <= lastMonth; m += 1) {
      // Months are counted on from the plan year's January (13 = the next January).
      const tenure = `(${answers.periodStart + m}-$B${r}+1)`;
      put(row, monthCol(m), formula(`=IF(${tenure}<1,0,${ref(ROW.fullQuota)}/12*IF(${tenure}<=3,CHOOSE(${tenure},${ref(ROW.ramp, 1)},${ref(ROW.ramp, 2)},${ref(ROW.ramp, 3)}),1))`));
    }
  });

  const formats: { range: string; format: PlanFormat }[] = [
    { range: rangeA1(ROW.baseline, 1, ROW.baseline, 1), format: 'money' },
    { range: rangeA1(ROW.growth, 1, ROW.growth, 1), format: 'percent' },
    { range: rangeA1(ROW.target, 1, ROW.target, 1), format: 'money' },
    { range: rangeA1(ROW.unit, 1, ROW.unit, 1), format: 'money' },
    { range: rangeA1(ROW.attainment, 1, ROW.attainment, 1), format: 'percent' },
    { range: rangeA1(ROW.handOut, 1, ROW.handOut, 1), format: 'money' },
    { range: rangeA1(ROW.overAssignment, 1, ROW.overAssignment, 1), format: 'percent' },
    { range: rangeA1(ROW.fullQuota, 1, ROW.fullQuota, 1), format: 'money' },
    { range: rangeA1(ROW.headcount, 1, ROW.headcount, 1), format: 'integer' },
    { range: rangeA1(ROW.ramp, 1, ROW.ramp, 3), format: 'percent' },
    { range: rangeA1(ROW.capacity, 1, ROW.gap, 1), format: 'money' },
    { range: rangeA1(ROW.moreReps, 1, ROW.moreReps, 1), format: 'integer' },
    { range: rangeA1(ROW.shares, 3, ROW.shares, monthCol(lastMonth)), format: 'percent' },
    { range: rangeA1(ROW.firstChild, 1, Math.max(lastChild, ROW.firstChild), 1), format: 'decimal' },
    { range: rangeA1(ROW.firstChild, 2, checkRow, monthCol(lastMonth)), format: 'money' },
    { range: rangeA1(ROW.firstChild, WORK_COL, Math.max(lastChild, ROW.firstChild), WORK_COL), format: 'percent' },
    { range: rangeA1(ROW.firstChild, WORK_COL + 1, Math.max(lastChild, ROW.firstChild), WORK_COL + 3), format: 'decimal' },
    { range: rangeA1(ROW.monthHeader, WORK_COL + 1, ROW.shares + 1, WORK_COL + 1), format: 'decimal' },
    { range: rangeA1(newRepsHeader + 1, 3, Math.max(lastNewRep, newRepsHeader + 1), monthCol(lastMonth)), format: 'money' },
  ];
  const inputRanges = [
    rangeA1(ROW.baseline, 1, ROW.growth, 1),
    rangeA1(ROW.unit, 1, ROW.attainment, 1),
    rangeA1(ROW.fullQuota, 1, ROW.headcount, 1),
    rangeA1(ROW.ramp, 1, ROW.ramp, 3),
    rangeA1(ROW.shares, monthCol(0), ROW.shares, monthCol(lastMonth)),
    ...(n > 0 ? [rangeA1(ROW.firstChild, 1, lastChild, 2)] : []),
    ...(answers.newReps.length > 0 ? [rangeA1(firstNewRep, 1, lastNewRep, 1)] : []),
  ];
  const styles: { range: string; style: PlanStyle }[] = [
    { range: 'A1', style: 'title' },
    { range: 'A2', style: 'statement' },
    ...[ROW.inputs, ROW.capacitySection, ROW.childrenSection, newRepsSection].map((row) => ({ range: a1(row, 0), style: 'section' as const })),
    { range: rangeA1(ROW.monthHeader, 0, ROW.monthHeader, monthCol(lastMonth)), style: 'header' },
    { range: rangeA1(ROW.childrenHeader, 0, ROW.childrenHeader, monthCol(lastMonth)), style: 'header' },
    { range: rangeA1(newRepsHeader, 0, newRepsHeader, monthCol(lastMonth)), style: 'header' },
    ...inputRanges.map((range) => ({ range, style: 'input' as const })),
    { range: rangeA1(ROW.target, 0, ROW.target, 1), style: 'total' },
    { range: rangeA1(totalRow, 0, totalRow, monthCol(lastMonth)), style: 'total' },
    { range: rangeA1(ROW.monthHeader, WORK_COL, Math.max(lastChild, ROW.childrenHeader), WORK_COL + 4), style: 'working' },
  ];
  const sheet: PlanSheet = {
    name: `Sales plan ${label}`,
    cells,
    formats,
    styles,
    columnWidths: [250, 110, 110, 120, ...MONTHS.map(() => 78), 16, 18, 90, 90, 100, 90, 60].slice(0, width),
    frozen: { rows: 0, columns: 1 },
    names: [
      { name: 'Target', range: a1(ROW.target, 1) },
      { name: 'Growth', range: a1(ROW.growth, 1) },
      { name: 'QuotaHandedOut', range: a1(ROW.handOut, 1) },
      { name: 'MonthlyTotals', range: rangeA1(totalRow, monthCol(0), totalRow, monthCol(lastMonth)) },
    ],
    charts: [
      {
        title: `Targets by month, ${label}`,
        categories: rangeA1(ROW.monthHeader, monthCol(0), ROW.monthHeader, monthCol(lastMonth)),
        values: rangeA1(totalRow, monthCol(0), totalRow, monthCol(lastMonth)),
        anchor: a1(chartRow, 0),
      },
    ],
  };
  return { sheets: [sheet] };
}

/** Where the numbers of a built plan sit, for tests and for hosts that read them back. */
export const SALES_PLAN_LAYOUT = { ...ROW, firstMonthColumn: FIRST_MONTH_COL, workColumn: WORK_COL } as const;
