/**
 * The Field plan sheet, downloaded from the preview as .xlsx with the accounts beside it and
 * recalculated in LibreOffice Calc: the funnel, visits a day, workload, reps needed and every
 * account's class and rep equal core's (SUMIF with a ">"& criterion, COUNTIFS, MATCH over keys), and
 * the first rep's week-1 visiting order (MATCH(MIN) over a row of haversine km, INDEX of one row).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cell, Workbook, Worksheet } from 'exceljs';
import { CellValue } from '../../core/kit/cells';
import {
  ACCOUNT_COLUMNS as A,
  CALENDAR_COLUMN,
  FIELD_RESULTS as R,
  buildFieldPlan,
  ROUTE_COLUMNS as C,
  dayLabel,
  weekRoute,
  FieldPlanAnswers,
  FieldPlanNumbers,
  fieldPlanNumbers,
} from '../../core/plans/fieldPlan';
import { snapshotWorkbook } from '../../preview/src/download/bookSnapshot';
import { writeXlsx } from '../../preview/src/download/writeXlsx';
import { hyperFormulaContent } from '../../preview/src/planContent';
import { previewSheetOfPlan } from '../../preview/src/previewBook';
import { ACCOUNTS_SHEET } from '../../preview/src/previewSheet';
import { SAMPLE_ACCOUNTS } from '../../preview/src/sample';
import { createWorkbook } from '../../preview/src/workbook';
import { libreOfficeAvailable, recalculateInLibreOffice } from '../harness/libreOffice';
import { SAMPLE_DAY, sampleAccountsRead } from '../harness/sampleTables';

const COUNT = 150;
const ACCOUNTS = [SAMPLE_ACCOUNTS.header, ...SAMPLE_ACCOUNTS.rows.slice(0, COUNT)] as CellValue[][];
const answers: FieldPlanAnswers = {
  target: 1_200_000,
  dealSize: 4_000,
  sellingDays: 200,
  stages: [
    { name: 'Leads', rate: 0.3 },
    { name: 'Meetings', rate: 0.5 },
    { name: 'Proposals', rate: 0.35 },
  ],
  day: SAMPLE_DAY,
  accounts: sampleAccountsRead(`A1:G${COUNT + 1}`),
  classes: { aShare: 0.8, bShare: 0.95, frequencies: { A: 24, B: 12, C: 4 } },
  reps: [
    { name: 'Ana', area: 'New York' },
    { name: 'Ben', area: 'New York' },
    { name: 'Cai', area: 'Pennsylvania' },
    { name: 'Dee', area: 'Ohio' },
  ],
};

const describeWithLibreOffice = libreOfficeAvailable() ? describe : describe.skip;

describeWithLibreOffice('the Field plan sheet, recalculated in LibreOffice Calc', () => {
  let sheet: Worksheet;
  const plan = buildFieldPlan(answers).sheets[0];
  const first = plan.cells.findIndex((r) => r[0] !== null && 'text' in r[0] && r[0].text === 'Account') + 1;
  const shown = (cell: Cell) => (cell.formula ? (cell.result ?? '') : cell.value);
  const n = fieldPlanNumbers(answers, ACCOUNTS) as FieldPlanNumbers;

  beforeAll(async () => {
    const accountsSheet = { ...ACCOUNTS_SHEET, rows: ACCOUNTS_SHEET.rows.slice(0, COUNT + 1) };
    const hf = createWorkbook([accountsSheet]);
    hf.setSheetContent(hf.getSheetId(hf.addSheet(plan.name))!, hyperFormulaContent(plan));
    const file = join(mkdtempSync(join(tmpdir(), 'field-')), 'field-plan.xlsx');
    writeFileSync(file, await writeXlsx(snapshotWorkbook(hf, [accountsSheet, previewSheetOfPlan(plan, plan.name)])));
    const [recalculated] = recalculateInLibreOffice([file]);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(recalculated);
    sheet = workbook.getWorksheet('Field plan')!;
  }, 240_000);

  it('gives the funnel, visits a day, workload and reps needed core computes', () => {
    const at = (row: number, col: number) => shown(sheet.getRow(row + 1).getCell(col + 1));
    expect(n.funnel.map((_, i) => at(4 + i, 8))).toEqual(n.funnel);
    expect([at(R.visitsPerDay, 4), at(R.workload, 4), at(R.repsNeeded, 4), at(R.hires, 4)]).toEqual([n.visitsPerDay, n.workload, n.repsNeeded, n.hires]);
  });

  it('gives every rep the week-by-week visits core computes', () => {
    const repRow = (i: number) => plan.cells.findIndex((r) => r[0] !== null && 'text' in r[0] && r[0].text === answers.reps[i].name);
    const got = n.byRep.map((_, i) => n.byRep[i].weeks.map((__, k) => shown(sheet.getRow(repRow(i) + 1).getCell(CALENDAR_COLUMN + k + 1))));
    expect(got).toEqual(n.byRep.map((r) => r.weeks));
  });

  it('gives every account the class, visits and rep core computes', () => {
    const off = n.accounts.flatMap((acc, i) => {
      const row = sheet.getRow(first + 1 + i);
      const got = [shown(row.getCell(A.visitClass + 1)), shown(row.getCell(A.visits + 1)), shown(row.getCell(A.rep + 1))];
      return JSON.stringify(got) === JSON.stringify([acc.visitClass, acc.visits, acc.rep])
        ? []
        : [`account ${i + 1}: LibreOffice ${JSON.stringify(got)}, core ${JSON.stringify([acc.visitClass, acc.visits, acc.rep])}`];
    });
    expect(off).toEqual([]);
  });

  it("orders the first rep's week-1 visits day by day as core does", () => {
    const first = plan.cells.findIndex((r) => r[0] !== null && 'text' in r[0] && r[0].text === 'Stop') + 1;
    const route = weekRoute(n.accounts, answers.reps[0].name, 1, n.visitsPerDay);
    expect(route.stops.length).toBeGreaterThan(n.visitsPerDay);
    const off = route.stops.flatMap((stop, s) => {
      const row = sheet.getRow(first + 1 + s);
      const got = [shown(row.getCell(C.day + 1)), shown(row.getCell(C.account + 1)), shown(row.getCell(C.km + 1))];
      const km = got[2] === '' ? null : Number(got[2]);
      const same = got[0] === dayLabel(stop.day) && got[1] === stop.account && (km === null ? stop.km === null : Math.abs(km - (stop.km ?? NaN)) < 1e-6);
      return same ? [] : [`stop ${s + 1}: LibreOffice ${JSON.stringify(got)}, core ${JSON.stringify(stop)}`];
    });
    expect(off).toEqual([]);
  });
});
