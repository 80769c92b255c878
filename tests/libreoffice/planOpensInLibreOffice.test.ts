/**
 * The preview's download opens in a second spreadsheet application: the workbook (sample sheets and
 * a built plan) is written as .xlsx the way the preview's Download button writes it, LibreOffice
 * Calc opens it headless and recalculates every formula, and each plan number equals core's.
 * Where LibreOffice's result differs from HyperFormula's (the preview's engine), the test names the
 * cell: none today.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cell, Workbook } from 'exceljs';
import JSZip from 'jszip';
import { buildSalesPlan, SALES_PLAN_LAYOUT as L, SalesPlanAnswers } from '../../core/plans/salesPlan';
import { scopedName, parseRangeA1 } from '../../core/kit/sheet';
import { snapshotWorkbook, WorkbookSnapshot } from '../../preview/src/download/bookSnapshot';
import { writeXlsx } from '../../preview/src/download/writeXlsx';
import { hyperFormulaContent } from '../../preview/src/planContent';
import { previewSheetOfPlan } from '../../preview/src/previewBook';
import { HISTORY_SHEET, OPPORTUNITIES_SHEET, PreviewSheet } from '../../preview/src/previewSheet';
import { KPI_SHEET } from '../../preview/src/kpiSheet';
import { createWorkbook } from '../../preview/src/workbook';
import { libreOfficeAvailable, recalculateInLibreOffice } from '../harness/libreOffice';
import { SAMPLE_PLAN_ANSWERS, salesPlanExpected } from '../harness/salesPlanNumbers';
import { mismatches } from '../harness/liveness';

const base: SalesPlanAnswers = {
  ...SAMPLE_PLAN_ANSWERS,
  children: [...SAMPLE_PLAN_ANSWERS.children.slice(0, 4), { name: '@SUM(1)', driver: 187_500, lock: null }, { name: '+44 20', driver: 99_000, lock: 120_000 }],
};
const rising = (months: number) => Array.from({ length: months }, (_, m) => (m + 1) / ((months * (months + 1)) / 2));

const ANSWER_SETS: readonly (readonly [string, SalesPlanAnswers])[] = [
  ['locks, a new rep, and names that look like formulas or numbers', base],
  ['the second quarter', { ...base, periodStart: 4, periodMonths: 3, monthShares: rising(3) }],
  [
    'September to February, across the new year',
    { ...base, periodStart: 9, periodMonths: 6, monthShares: rising(6), newReps: [{ name: 'New (Oct)', startMonth: 10 }] },
  ],
  [
    'a second level: products under the reps, with a lock and a driver of 0',
    {
      ...base,
      subLevel: {
        label: 'Product',
        items: [
          { parent: 'Ana Souza', name: 'Chairs', driver: 3, lock: null },
          { parent: '=1+1', name: '=2+2', driver: 1, lock: null },
          { parent: 'Ana Souza', name: 'Phones', driver: 2, lock: 100_000 },
          { parent: 'Ana Souza', name: 'Paper', driver: 1, lock: null },
          { parent: 'Bea Lin', name: 'Everything', driver: 1, lock: null },
          { parent: '=1+1', name: 'Binders', driver: 0, lock: null },
        ],
      },
    },
  ],
  ['a capacity that meets the target exactly (7 reps × 100,000 × 70%)', { ...base, headcount: 7, fullQuota: 100_000, attainment: 0.7, roundTo: 1 }],
  [
    '300 children',
    {
      ...base,
      roundTo: 10,
      children: Array.from({ length: 300 }, (_, i) => ({ name: `Rep ${i + 1}`, driver: 1000 + ((i * 7919) % 5000), lock: i % 50 === 0 ? 3000 : null })),
    },
  ],
];

/** A plan a manager broke on purpose: a lock far above the quota handed out (the sheet must say so). */
const LOCK_ABOVE_QUOTA: SalesPlanAnswers = { ...base, children: base.children.map((c, i) => (i === 2 ? { ...c, lock: 9_000_000 } : c)) };
const AGREEMENT_SETS = [...ANSWER_SETS, ['a lock above the quota handed out', LOCK_ABOVE_QUOTA] as const];

/** The preview's workbook with the plan built on it, as the Download button snapshots it. */
function previewWorkbookWithPlan(answers: SalesPlanAnswers): { snapshot: WorkbookSnapshot; planName: string } {
  const sheets = [OPPORTUNITIES_SHEET, KPI_SHEET, HISTORY_SHEET];
  const hf = createWorkbook(sheets);
  const plan = buildSalesPlan(answers).sheets[0];
  const id = hf.getSheetId(hf.addSheet(plan.name))!;
  hf.setSheetContent(id, hyperFormulaContent(plan));
  return { snapshot: snapshotWorkbook(hf, [...sheets, previewSheetOfPlan(plan, plan.name)]), planName: plan.name };
}

/**
 * What a cell holds after LibreOffice recalculated it: a formula's result, or the value. Read from
 * `cell.result`: exceljs's `cell.value` drops a result of 0 or "" (it copies only truthy fields), and
 * it reads an empty text result as no result at all, which is "" here.
 */
function resultOf(cell: Cell): unknown {
  const value = cell.formula ? (cell.result ?? '') : (cell.value ?? null);
  // A date-formatted number comes back as a Date (at UTC midnight): its serial, as a sheet holds it.
  return value instanceof Date ? value.getTime() / 86_400_000 + 25_569 : value;
}

interface Opened {
  readonly answers: SalesPlanAnswers;
  readonly snapshot: WorkbookSnapshot;
  readonly planName: string;
  readonly workbook: Workbook;
  readonly file: string;
}

/**
 * Formulas whose results engines are known to differ on, with the value Excel documents for each
 * (Microsoft's function pages: INT(-8.9) = -9, MOD(-3, 2) = 1, CEILING(-2.5, 2) = -2, ROUND halves
 * away from zero, text compared without regard to case).
 */
const PROBES: readonly (readonly [string, number | string | boolean])[] = [
  ['=INT(-2.5)', -3],
  ['=MOD(-3,2)', 1],
  ['=ROUND(-2.5,0)', -3],
  ['=CEILING(-2.5,1)', -2],
  ['=FLOOR(-2.5,1)', -3],
  ['=TEXT(1234.5,"#,##0")', '1,235'],
  ['=TEXT(0.1234,"0.0%")', '12.3%'],
  ['="a"<"B"', true],
];
const PROBE_SHEET: PreviewSheet = {
  name: 'Probes',
  rows: PROBES.map(([formula]) => [formula]),
  size: { rows: PROBES.length, cols: 1 },
  firstSelection: { row: 0, col: 0 },
  formatAt: () => 'text',
  isHeader: () => false,
};
let probes: { hyperFormula: unknown; libreOffice: unknown }[] = [];
let probeCharts = 0;

const opened = new Map<string, Opened>();
function planValue(o: Opened) {
  const sheet = o.workbook.getWorksheet(o.planName)!;
  return (row: number, col: number) => resultOf(sheet.getCell(row + 1, col + 1));
}

const describeWithLibreOffice = libreOfficeAvailable() ? describe : describe.skip;

describeWithLibreOffice('a plan downloaded from the preview, opened and recalculated in LibreOffice Calc', () => {
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-'));
    const written = await Promise.all(
      AGREEMENT_SETS.map(async ([label, answers], i) => {
        const { snapshot, planName } = previewWorkbookWithPlan(answers);
        const file = join(dir, `plan-${i}.xlsx`);
        writeFileSync(file, await writeXlsx(snapshot));
        return { label, answers, snapshot, planName, file };
      }),
    );
    const probeFile = join(dir, 'probes.xlsx');
    const probed0 = snapshotWorkbook(createWorkbook([PROBE_SHEET]), [PROBE_SHEET]);
    // The probes' sheet also carries one chart of each kind, to see LibreOffice read them all.
    const charts = (['column', 'line', 'bar', 'pie'] as const).map((kind, i) => ({
      kind,
      title: `A ${kind} chart`,
      categories: 'A1:A3',
      values: 'A1:A3',
      anchor: `C${1 + i * 20}`,
    }));
    const probeBook = { sheets: [{ ...probed0.sheets[0], charts }] };
    writeFileSync(probeFile, await writeXlsx(probeBook));
    const recalculated = recalculateInLibreOffice([...written.map((w) => w.file), probeFile]);
    const probed = new Workbook();
    await probed.xlsx.readFile(recalculated[written.length]);
    probeCharts = Object.keys((await JSZip.loadAsync(readFileSync(recalculated[written.length]))).files).filter((f) =>
      /^xl\/charts\/chart\d+\.xml$/.test(f),
    ).length;
    probes = PROBES.map((_, row) => ({
      hyperFormula: probeBook.sheets[0].cells[row][0]?.value,
      libreOffice: resultOf(probed.worksheets[0].getCell(row + 1, 1)),
    }));
    for (const [i, w] of written.entries()) {
      const workbook = new Workbook();
      await workbook.xlsx.readFile(recalculated[i]);
      opened.set(w.label, { ...w, workbook, file: recalculated[i] });
    }
  }, 240_000);

  it.each(ANSWER_SETS.map(([label]) => [label]))("gives core's numbers for %s", (label) => {
    const o = opened.get(label)!;
    const value = planValue(o);
    // The same check every wizard's liveness test makes in HyperFormula (tests/harness/liveness.ts).
    expect(mismatches((a1) => value(parseRangeA1(a1).top, parseRangeA1(a1).left), salesPlanExpected(o.answers))).toEqual([]);
  });

  it.each(AGREEMENT_SETS.map(([label]) => [label]))('agrees with HyperFormula on every formula cell for %s', (label) => {
    const o = opened.get(label)!;
    const value = planValue(o);
    const plan = o.snapshot.sheets.find((s) => s.name === o.planName)!;
    const disagreements: string[] = [];
    plan.cells.forEach((cells, row) =>
      cells.forEach((cell, col) => {
        if (!cell?.formula) return;
        const lo = value(row, col);
        const same =
          typeof cell.value === 'number' && typeof lo === 'number'
            ? Math.abs(cell.value - lo) <= 1e-9 * Math.max(1, Math.abs(lo))
            : JSON.stringify(cell.value) === JSON.stringify(lo);
        if (!same)
          disagreements.push(
            `${String.fromCharCode(65 + col)}${row + 1} ${cell.formula}: HyperFormula ${JSON.stringify(cell.value)}, LibreOffice ${JSON.stringify(lo)}`,
          );
      }),
    );
    expect(disagreements).toEqual([]);
  });

  it('follows Excel where engines are known to differ, and so does the preview (its INT floors a negative number, as Excel and LibreOffice do)', () => {
    expect(probes.map((p) => p.libreOffice)).toEqual(PROBES.map(([, excel]) => excel));
    const hyperFormulaDiffers = PROBES.flatMap(([formula, excel], i) =>
      probes[i].hyperFormula === excel ? [] : [`${formula} → ${String(probes[i].hyperFormula)}`],
    );
    expect(hyperFormulaDiffers).toEqual([]);
  });

  it('reads every kind of chart a plan holds (column, line, bar, pie) and keeps them', () => {
    expect(probeCharts).toBe(4);
  });

  it('keeps the names a manager typed as text, whatever they look like', () => {
    const value = planValue(opened.get(ANSWER_SETS[0][0])!);
    expect(base.children.map((_, i) => value(L.firstChild + i, 0))).toEqual(base.children.map((c) => c.name));
  });

  it('says every check passes, and shows the SMART statement, as the preview does', () => {
    const value = planValue(opened.get(ANSWER_SETS[0][0])!);
    expect(String(value(L.checks, 0))).toMatch(/^✓ Every check passes/);
    expect(String(value(L.statement, 0))).toContain('+8.7%');
  });

  it('says in words that a lock is above the quota handed out, as the preview does', () => {
    const value = planValue(opened.get('a lock above the quota handed out')!);
    expect(String(value(L.checks, 0))).toMatch(/^⚠ The locked targets add up to 9,120,000, more than the quota handed out/);
  });

  it("keeps every sheet, the plan's names, its highlights, input rules and chart", async () => {
    const o = opened.get(ANSWER_SETS[0][0])!;
    expect(o.workbook.worksheets.map((s) => s.name)).toEqual(['Opportunities', 'KPIs', 'Revenue history', o.planName]);
    const names = o.workbook.definedNames.model.map((n: { name: string }) => n.name);
    expect(names).toEqual(expect.arrayContaining(['Growth', 'Target', 'QuotaHandedOut', 'MonthlyTotals'].map((n) => scopedName(o.planName, n))));
    const zip = await JSZip.loadAsync(readFileSync(o.file));
    const sheetXml = await zip.file('xl/worksheets/sheet4.xml')!.async('string');
    expect(sheetXml).toContain('<conditionalFormatting');
    expect(sheetXml).toContain('<dataValidation');
    expect(Object.keys(zip.files).some((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toBe(true);
  });
});
