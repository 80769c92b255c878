/**
 * Every wizard's plan sheet at the sample's size, a quarter of the largest and the largest the
 * wizard allows, measured in one run; prints, asserts nothing.
 * - core: building the plan (its cells, formulas and formats);
 * - HyperFormula, configured as the preview configures it: building the plan as the preview does,
 *   a slice at a time, beside the user's sheet it reads (already open, not timed), and one edit a manager makes (median of three), with the growth exponent k of the
 *   edit from a quarter of the largest to the largest (time ∝ size^k; the goal is k ≤ 1.1);
 * - the peer, in the same run: HyperFormula loading the same user's sheets and as many formula cells
 *   of the plainest kind (`=B1*2`), then editing the cell they all read, so the ratios say what the
 *   plan's formulas cost beyond their number (and the peer's own k, what the engine's does);
 * - Excel (the strict fake: 5 MB requests): round trips and the largest request; Sheets (the Apps
 *   Script bundle): calls and the largest payload of one call;
 * BENCH_PLANS=budget,field measures only those plans.
 * - LibreOffice (when installed and BENCH_LIBREOFFICE is not 0): opening the downloaded .xlsx and
 *   recalculating every formula, against opening a one-cell file in the same run; with python3-uno
 *   (Debian's LibreOffice scripting bridge) also the same edit as in HyperFormula, typed into Calc
 *   and recalculated (median of three; the goal is under 2 s at the largest size).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { HyperFormula } from 'hyperformula';
import { Plan } from '../core/kit/sheet';
import { renderPlanInExcel } from '../excel-addin/src/renderPlanInExcel';
import { snapshotWorkbook } from '../preview/src/download/bookSnapshot';
import { writeXlsx } from '../preview/src/download/writeXlsx';
import { hyperFormulaContent } from '../preview/src/planContent';
import { fillSheetInSlices } from '../preview/src/buildInSlices';
import { previewSheetOfPlan } from '../preview/src/previewBook';
import { PREVIEW_ENGINE_CONFIG, registerSalesPlannerFunctions } from '../preview/src/workbook';
import { loadAppsScript } from '../tests/harness/appsScript';
import { libreOfficeAvailable, recalculateInLibreOffice } from '../tests/harness/libreOffice';
import { strictExcel } from '../tests/harness/strictExcel';
import { SizedPlan, WIZARDS_AT_SIZE } from './planFixtures';

const withLibreOffice = process.env.BENCH_LIBREOFFICE !== '0' && libreOfficeAvailable();
/** Debian's python3-uno lives beside the system Python, not a pyenv one. */
const SYSTEM_PYTHON = '/usr/bin/python3';
const withUno = withLibreOffice && spawnSync(SYSTEM_PYTHON, ['-c', 'import uno'], { stdio: 'ignore' }).status === 0;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const formulaCount = (plan: Plan) =>
  plan.sheets.reduce((sum, s) => sum + s.cells.reduce((n, row) => n + row.filter((c) => c !== null && 'formula' in c).length, 0), 0);

function timed<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

/**
 * Builds the plan in HyperFormula as the preview does (the user's sheets, then each plan sheet a
 * slice at a time, with no page to give turns to), then types the edit's values in turn: build ms,
 * median edit ms.
 */
async function inHyperFormula(sized: SizedPlan): Promise<{ hf: HyperFormula; load: number; edit: number }> {
  registerSalesPlannerFunctions();
  const hf = HyperFormula.buildFromSheets({ ...sized.sources } as never, PREVIEW_ENGINE_CONFIG);
  const start = performance.now();
  const quiet = { share: () => undefined, calculating: () => undefined };
  for (const s of sized.plan.sheets) await fillSheetInSlices(hf, s.name, hyperFormulaContent(s), quiet, async () => undefined);
  const load = performance.now() - start;
  const sheet = hf.getSheetId(sized.plan.sheets[0].name)!;
  const edits = sized.edit.values
    .map((value) => timed(() => hf.setCellContents({ sheet, row: sized.edit.row, col: sized.edit.col }, value))[1])
    .sort((a, b) => a - b);
  return { hf, load, edit: edits[Math.floor(edits.length / 2)] };
}

/**
 * The peer: as many `=B1*2` cells as the plan has formulas, added in one sheet beside the user's
 * sheets the plan reads, then re-computed after an edit of B1: what any plan of that size costs the engine.
 */
function peer(formulas: number, sources: SizedPlan['sources']): { load: number; edit: number } {
  const rows = Math.ceil(formulas / 10);
  const content = [[1, 1], ...Array.from({ length: rows }, () => Array.from({ length: 10 }, () => '=$B$1*2'))];
  const hf = HyperFormula.buildFromSheets({ ...sources } as never, PREVIEW_ENGINE_CONFIG);
  const [sheet, load] = timed(() => {
    const id = hf.getSheetId(hf.addSheet('Peer'))!;
    hf.setSheetContent(id, content as never);
    return id;
  });
  const [, edit] = timed(() => hf.setCellContents({ sheet, row: 0, col: 1 }, 2));
  hf.destroy();
  return { load, edit };
}

async function inExcel(plan: Plan): Promise<{ syncs: number; largest: number; total: number }> {
  const excel = strictExcel();
  await renderPlanInExcel(plan);
  return { syncs: excel.syncs(), largest: Math.max(...excel.requests), total: excel.requests.reduce((a, b) => a + b, 0) };
}

function inSheets(plan: Plan): { calls: number; largest: number } {
  const { context, calls } = loadAppsScript();
  context.renderPlan(JSON.parse(JSON.stringify(plan)));
  const sizes = calls.map((c) => Buffer.byteLength(JSON.stringify(c.args) ?? ''));
  return { calls: calls.length, largest: Math.max(...sizes) };
}

/** The plan and the user's sheets it reads, written as the preview downloads them. */
async function planAsXlsx(sized: SizedPlan, hf: HyperFormula, dir: string): Promise<string> {
  const sources = Object.entries(sized.sources).map(([name, rows]) => asSheet(name, rows));
  const sheets = [...sources, ...sized.plan.sheets.map((s) => previewSheetOfPlan(s, s.name))];
  const file = join(dir, 'plan.xlsx');
  writeFileSync(file, await writeXlsx(snapshotWorkbook(hf, sheets as never)));
  return file;
}

const asSheet = (name: string, rows: readonly (readonly unknown[])[]) => ({
  name,
  rows,
  size: { rows: rows.length, cols: rows[0]?.length ?? 1 },
  firstSelection: { row: 0, col: 0 },
  formatAt: () => 'number' as const,
  isHeader: (row: number) => row === 0,
});

/**
 * LibreOffice opening the plan's .xlsx and recalculating it, less opening a one-cell file (its
 * start-up); with python3-uno, also the median time of the plan's edit typed into Calc.
 */
async function inLibreOffice(sized: SizedPlan, hf: HyperFormula): Promise<{ full: number; edit?: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'plan-bench-'));
  const file = await planAsXlsx(sized, hf, dir);
  const tiny = join(dir, 'tiny.xlsx');
  writeFileSync(
    tiny,
    await writeXlsx(snapshotWorkbook(HyperFormula.buildFromSheets({ S: [[1]] } as never, PREVIEW_ENGINE_CONFIG), [asSheet('S', [[1]])] as never)),
  );
  const [, startUp] = timed(() => recalculateInLibreOffice([tiny]));
  const [, full] = timed(() => recalculateInLibreOffice([file]));
  if (!withUno) return { full: full - startUp };
  const { row, col, values } = sized.edit;
  const args = [join(__dirname, 'libreOfficeEdit.py'), file, sized.plan.sheets[0].name, String(row), String(col), ...values.map(String)];
  const measured = JSON.parse(execFileSync(SYSTEM_PYTHON, args, { encoding: 'utf8', timeout: 600_000 })) as { edits: number[] };
  const edits = [...measured.edits].sort((a, b) => a - b);
  return { full: full - startUp, edit: edits[Math.floor(edits.length / 2)] };
}

async function main(): Promise<void> {
  console.log(
    "\nPlan sheets at the sample's size, a quarter of the largest and the largest (core builds the plan; HyperFormula loads it as the preview does, a slice at a time; peer: as many =B1*2 cells added as one sheet)",
  );
  console.log(
    `${'plan, size'.padEnd(28)}${'build'.padStart(9)}${'formulas'.padStart(10)}${'load'.padStart(9)}${'÷peer'.padStart(8)}${'edit'.padStart(9)}${'÷peer'.padStart(7)}${'Excel syncs, largest'.padStart(22)}${'Sheets calls, largest'.padStart(23)}${withLibreOffice ? 'LibreOffice'.padStart(13) : ''}${withUno ? 'LO edit'.padStart(10) : ''}`,
  );
  const only = process.env.BENCH_PLANS?.toLowerCase().split(',');
  for (const wizard of WIZARDS_AT_SIZE.filter((w) => !only || only.some((o) => w.wizard.toLowerCase().startsWith(o)))) {
    const sizes = [...new Set([wizard.sample, Math.round(wizard.largest / 4), wizard.largest])].sort((a, b) => a - b);
    const edits = new Map<number, number>();
    let editWhat = '';
    const peerEdits = new Map<number, number>();
    const officeEdits = new Map<number, number>();
    for (const n of sizes) {
      const [sized, build] = timed(() => wizard.at(n));
      const formulas = formulaCount(sized.plan);
      const { hf, load, edit } = await inHyperFormula(sized);
      edits.set(n, edit);
      editWhat = sized.edit.what;
      const base = peer(formulas, sized.sources);
      peerEdits.set(n, base.edit);
      const excel = await inExcel(sized.plan);
      const sheets = inSheets(sized.plan);
      const office = withLibreOffice ? await inLibreOffice(sized, hf) : undefined;
      if (office?.edit !== undefined) officeEdits.set(n, office.edit);
      const libre = office ? `${seconds(office.full).padStart(13)}${office.edit === undefined ? '' : `${office.edit.toFixed(0)} ms`.padStart(10)}` : '';
      hf.destroy();
      console.log(
        `${`${wizard.wizard}, ${n.toLocaleString('en-US')} ${wizard.unit}`.padEnd(28)}${seconds(build).padStart(9)}${formulas.toLocaleString('en-US').padStart(10)}${seconds(load).padStart(9)}${`${(load / base.load).toFixed(1)}×`.padStart(8)}${`${edit.toFixed(0)} ms`.padStart(9)}${`${(edit / Math.max(base.edit, 0.1)).toFixed(0)}×`.padStart(7)}${`${excel.syncs}, ${megabytes(excel.largest)}`.padStart(22)}${`${sheets.calls}, ${megabytes(sheets.largest)}`.padStart(23)}${libre}`,
      );
    }
    const [quarter, largest] = [Math.round(wizard.largest / 4), wizard.largest];
    const growth = (times: Map<number, number>) =>
      Math.log(Math.max(times.get(largest)!, 0.1) / Math.max(times.get(quarter)!, 0.1)) / Math.log(largest / quarter);
    console.log(
      `${''.padEnd(28)}edit of ${editWhat}: growth k = ${growth(edits).toFixed(2)} from ${quarter.toLocaleString('en-US')} to ${largest.toLocaleString('en-US')} ${wizard.unit} (goal ≤ 1.1); the peer's own k = ${growth(peerEdits).toFixed(2)}${officeEdits.size ? `; in LibreOffice k = ${growth(officeEdits).toFixed(2)}` : ''}`,
    );
  }
}

void main();
