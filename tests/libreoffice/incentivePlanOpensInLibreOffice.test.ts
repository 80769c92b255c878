/**
 * The Incentive plan sheet, downloaded with the sample opportunities beside it and recalculated in
 * LibreOffice Calc: each rep's sales by period (SUMIFS with ">="&DATE criteria), commission earned to
 * date (SUMPRODUCT over the rate table's steps, the gate, the cap), payout and effective rate equal
 * core's COMMISSION, for a marginal plan paid monthly and a gated, capped tier plan paid quarterly.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cell, Workbook } from 'exceljs';
import {
  REP_COLUMNS as C,
  IncentivePlanAnswers,
  PERIODS_IN_YEAR,
  RATE_PRESETS,
  buildIncentivePlan,
  firstRepRow,
  incentiveEarnings,
} from '../../core/plans/incentivePlan';
import { snapshotWorkbook } from '../../preview/src/download/bookSnapshot';
import { writeXlsx } from '../../preview/src/download/writeXlsx';
import { hyperFormulaContent } from '../../preview/src/planContent';
import { previewSheetOfPlan } from '../../preview/src/previewBook';
import { OPPORTUNITIES_SHEET } from '../../preview/src/previewSheet';
import { SAMPLE_DEALS, SAMPLE_INCENTIVES } from '../harness/incentiveSample';
import { createWorkbook } from '../../preview/src/workbook';
import { libreOfficeAvailable, recalculateInLibreOffice } from '../harness/libreOffice';

const ACTUALS = SAMPLE_DEALS;
const marginal: IncentivePlanAnswers = { ...SAMPLE_INCENTIVES, capMultiple: null, period: 'month' };
const PLANS: { what: string; answers: IncentivePlanAnswers }[] = [
  { what: 'marginal with an accelerator, paid monthly', answers: marginal },
  {
    what: 'tiers with a gate at 110% and a cap, paid quarterly',
    answers: { ...marginal, ...RATE_PRESETS.gatedTiers, gate: 1.1, capMultiple: 1.2, period: 'quarter' },
  },
];

const describeWithLibreOffice = libreOfficeAvailable() ? describe : describe.skip;

describeWithLibreOffice('the Incentive plan sheet, recalculated in LibreOffice Calc', () => {
  const recalculated: Workbook[] = [];
  const shown = (cell: Cell) => (cell.formula ? (cell.result ?? '') : cell.value);

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'incentives-'));
    const files: string[] = [];
    for (const [k, { answers }] of PLANS.entries()) {
      const [plan] = buildIncentivePlan(answers, ACTUALS[0].map(String)).sheets;
      const hf = createWorkbook([OPPORTUNITIES_SHEET]);
      hf.addSheet(plan.name);
      hf.setSheetContent(hf.getSheetId(plan.name)!, hyperFormulaContent(plan));
      const file = join(dir, `incentives-${k}.xlsx`);
      writeFileSync(file, await writeXlsx(snapshotWorkbook(hf, [OPPORTUNITIES_SHEET, previewSheetOfPlan(plan, plan.name)])));
      files.push(file);
    }
    for (const file of recalculateInLibreOffice(files)) {
      const workbook = new Workbook();
      await workbook.xlsx.readFile(file);
      recalculated.push(workbook);
    }
  }, 240_000);

  it.each(PLANS.map((p, k) => [p.what, k] as const))('pays as core does: %s', (_what, k) => {
    const { answers } = PLANS[k];
    const sheet = recalculated[k].getWorksheet('Incentive plan')!;
    const at = (row: number, col: number) => shown(sheet.getRow(row + 1).getCell(col + 1));
    const close = (got: unknown, want: number) => typeof got === 'number' && Math.abs(got - want) <= 1e-6 * Math.max(1, Math.abs(want));
    const periods = PERIODS_IN_YEAR[answers.period];
    const earnings = incentiveEarnings(answers, ACTUALS);
    if (!Array.isArray(earnings)) throw new Error(String(earnings));
    const off = earnings.flatMap((e, i) => {
      const row = firstRepRow(answers) + i;
      const cells = [
        ...e.actual.map((v, p) => [C.firstPeriod + p, v] as const),
        ...e.toDate.map((v, p) => [C.firstPeriod + periods + p, v] as const),
        [C.payout, e.payout] as const,
      ];
      return cells
        .filter(([col, want]) => !close(at(row, col), want))
        .map(([col, want]) => `${e.name} column ${col}: LibreOffice ${JSON.stringify(at(row, col))}, core ${want}`);
    });
    expect(off).toEqual([]);
  });
});
