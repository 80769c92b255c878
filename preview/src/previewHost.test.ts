/**
 * @jest-environment jsdom
 */
import { buildSalesEvaluation } from '../../core/plans/salesEvaluation';
import { buildSalesPlan, defaultAnswers } from '../../core/plans/salesPlan';
import { CellValue } from '../../core/kit/cells';
import { PreviewBook, formulasThatMayRead } from './previewBook';
import { PreviewHost } from './previewHost';
import { OPPORTUNITIES_SHEET } from './previewSheet';
import { KPI_SHEET } from './kpiSheet';
import { createWorkbook } from './workbook';
import { AWKWARD_ANSWERS } from '../../tests/harness/awkwardNames';

// jsdom lays nothing out: no scrolling and no canvas to measure text with.
Element.prototype.scrollIntoView = () => undefined;
HTMLCanvasElement.prototype.getContext = (() => null) as never;

const storage = { getItem: () => null, setItem: () => undefined } as unknown as Storage;
const actuals = OPPORTUNITIES_SHEET.rows as CellValue[][];
/** An evaluation of one owner: a plan of two sheets, its Dashboard reading its Evaluation. */
const answers = {
  ...AWKWARD_ANSWERS,
  actuals: { ...AWKWARD_ANSWERS.actuals, countedStatus: 'Won' },
  children: [{ name: 'Kelly Williamson', targets: Array.from({ length: 12 }, () => 100) }],
};

describe('the preview building a plan of two sheets', () => {
  it('adds both sheets', async () => {
    const book = new PreviewBook(createWorkbook([OPPORTUNITIES_SHEET]), [OPPORTUNITIES_SHEET]);
    const { sheetNames } = await new PreviewHost(book, storage).renderPlan(buildSalesEvaluation(answers, actuals[0].map(String)));
    expect(sheetNames).toEqual(['Evaluation', 'Dashboard']);
    expect(book.sheetNames()).toEqual(['Opportunities', 'Evaluation', 'Dashboard']);
  });

  it('leaves neither when the second fails, as Excel and Sheets do', async () => {
    const book = new PreviewBook(createWorkbook([OPPORTUNITIES_SHEET]), [OPPORTUNITIES_SHEET]);
    const add = book.addPlanSheet.bind(book);
    jest.spyOn(book, 'addPlanSheet').mockImplementation(async (sheet, name) => {
      if (name === 'Dashboard') throw new Error('the engine refused the sheet');
      await add(sheet, name);
    });
    await expect(new PreviewHost(book, storage).renderPlan(buildSalesEvaluation(answers, actuals[0].map(String)))).rejects.toThrow(
      'the engine refused the sheet',
    );
    expect(book.sheetNames()).toEqual(['Opportunities']);
  });
});

/** Waits, as a person does, for a build behind the veil (a Redo, an Undo) to end, checking the veil said what is built and then went. */
async function builtBehindVeil(book: PreviewBook, name: string): Promise<void> {
  expect(book.element.querySelector('.pv-building')?.textContent).toBe(`Building “${name}”…`);
  await book.whenIdle();
  await Promise.resolve();
  expect(book.element.querySelector('.pv-building')).toBeNull();
}

describe('the preview while a plan is being built', () => {
  it("veils the workbook with the build's progress, keeps reads waiting until it is done, and Undo and Redo take it away and back", async () => {
    const book = new PreviewBook(createWorkbook([OPPORTUNITIES_SHEET]), [OPPORTUNITIES_SHEET]);
    const host = new PreviewHost(book, storage);
    const built = host.renderPlan(buildSalesEvaluation(answers, actuals[0].map(String)));
    const veil = book.element.querySelector('.pv-building');
    expect(veil?.getAttribute('role')).toBe('status');
    expect(veil?.textContent).toBe('Building “Evaluation”…');
    let read = false;
    const reading = host.readSelection().then(() => (read = true));
    await Promise.resolve();
    expect(read).toBe(false);
    await built;
    await reading;
    expect(book.element.querySelector('.pv-building')).toBeNull();
    const evaluation = () => book.hf.getSheetId('Evaluation');
    const check = book.hf.getCellValue({ sheet: evaluation()!, row: 2, col: 0 });
    expect(String(check)).toMatch(/^[✓⚠]/);
    book.editor.history.undo();
    book.editor.history.undo();
    expect(book.sheetNames()).toEqual(['Opportunities']);
    // Redo builds it again behind the same veil, and the sheet is back once it is done.
    const saved: string[] = [];
    book.onChange(() => saved.push(book.sheetNames().join()));
    book.editor.history.redo();
    await builtBehindVeil(book, 'Evaluation');
    expect(book.hf.getCellValue({ sheet: evaluation()!, row: 2, col: 0 })).toBe(check);
    // Whoever keeps the workbook hears of the sheet once it is in the book.
    expect(saved.at(-1)).toBe(book.sheetNames().join());
    expect(book.sheetNames()).toContain('Evaluation');
  });

  it('says so when a Redo cannot build the plan again, and leaves the sheet that took its name as it was', async () => {
    const book = new PreviewBook(createWorkbook([OPPORTUNITIES_SHEET]), [OPPORTUNITIES_SHEET]);
    await new PreviewHost(book, storage).renderPlan(buildSalesPlan(defaultAnswers(2027)));
    const problems: string[] = [];
    book.onProblem((message) => problems.push(message));
    book.editor.history.undo();
    const name = book.editor.history.nextRedo!.label.replace(/^building “(.*)”$/, '$1');
    // Something else took the name meanwhile: the engine refuses a second sheet of that name.
    book.hf.addSheet(name);
    book.hf.setCellContents({ sheet: book.hf.getSheetId(name)!, row: 0, col: 0 }, 'my notes');
    book.editor.history.redo();
    await book.whenIdle();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^Redo could not build “${name}” again: `))]);
    expect(book.element.querySelector('.pv-building')).toBeNull();
    expect(book.hf.getSheetValues(book.hf.getSheetId(name)!)).toEqual([['my notes']]);
  });
});

describe('deleting a sheet in the preview', () => {
  it('removes it, and Undo brings it back where it was, with the formulas of other sheets that read it', async () => {
    const book = new PreviewBook(createWorkbook([OPPORTUNITIES_SHEET]), [OPPORTUNITIES_SHEET]);
    await new PreviewHost(book, storage).renderPlan(buildSalesEvaluation(answers, actuals[0].map(String)));
    const dashboard = book.hf.getSheetId('Dashboard')!;
    const reading = book.hf
      .getSheetSerialized(dashboard)
      .flat()
      .find((cell) => typeof cell === 'string' && /Evaluation'?!/.test(cell));
    expect(reading).toBeDefined();

    book.deleteSheet('Evaluation');
    expect(book.sheetNames()).toEqual(['Opportunities', 'Dashboard']);
    book.editor.history.undo();
    expect(book.sheetModels().map((s) => s.name)).toEqual(['Opportunities', 'Evaluation', 'Dashboard']);
    expect(book.hf.getSheetSerialized(book.hf.getSheetId('Dashboard')!).flat()).toContain(reading);
    const errors = book.hf
      .getSheetValues(book.hf.getSheetId('Dashboard')!)
      .flat()
      .filter((v) => typeof v === 'object' && v !== null && 'type' in v && (v as { type: string }).type === 'REF');
    expect(errors).toEqual([]);
  });

  it('sets again, on Undo, only the formulas elsewhere that may read it: a large plan elsewhere is left as it is', () => {
    const book = new PreviewBook(createWorkbook([OPPORTUNITIES_SHEET, KPI_SHEET]), [OPPORTUNITIES_SHEET, KPI_SHEET]);
    const kpis = book.hf.getSheetSerialized(book.hf.getSheetId('KPIs')!);
    expect(formulasThatMayRead(kpis, 'Opportunities').length).toBeGreaterThan(0);
    expect(formulasThatMayRead(book.hf.getSheetSerialized(book.hf.getSheetId('Opportunities')!), 'KPIs')).toEqual([]);
    const setSheet = jest.spyOn(book.hf, 'setSheetContent');
    const setCells = jest.spyOn(book.hf, 'setCellContents');
    book.deleteSheet('KPIs');
    book.editor.history.undo();
    expect(setSheet.mock.calls.map(([sheet]) => book.hf.getSheetName(sheet))).toEqual(['KPIs']);
    // Only the restored sheet's own tables are placed again; the sheet it reads is not touched.
    const opportunities = book.hf.getSheetId('Opportunities');
    expect(setCells.mock.calls.filter(([at]) => (at as { sheet: number }).sheet === opportunities)).toEqual([]);
    expect(book.hf.getSheetSerialized(book.hf.getSheetId('KPIs')!)).toEqual(kpis);
  });

  it('tells the formulas that may read a sheet, by any case and quoted', () => {
    expect(formulasThatMayRead([[1, '=SUM(Leads!B2:B9)']], 'leads')).toEqual([{ row: 0, col: 1, formula: '=SUM(Leads!B2:B9)' }]);
    expect(formulasThatMayRead([["='Lead''s plan'!A1"]], "Lead's plan")).toHaveLength(1);
    expect(formulasThatMayRead([['Leads', '=A1']], 'Leads')).toEqual([]);
  });

  it('brings back a sheet of many formulas as a build does, a slice at a time behind its veil, then the formulas that read it', async () => {
    const plan = { ...OPPORTUNITIES_SHEET, name: 'Big plan', rows: Array.from({ length: 2100 }, (_, r) => [r, `=A${r + 1}*2`, `=B${r + 1}+1`]) };
    const reader = { ...OPPORTUNITIES_SHEET, name: 'Reader', rows: [["=SUM('Big plan'!C1:C2100)"]] };
    const sheets = [OPPORTUNITIES_SHEET, plan, reader];
    const book = new PreviewBook(createWorkbook(sheets), sheets);
    const total = () => book.hf.getCellValue({ sheet: book.hf.getSheetId('Reader')!, row: 0, col: 0 });
    const before = total();
    book.deleteSheet('Big plan');
    expect(total()).toMatchObject({ type: 'REF' });
    const kept: string[] = [];
    book.onChange(() => kept.push(book.sheetNames().join()));
    book.editor.history.undo();
    await builtBehindVeil(book, 'Big plan');
    expect(book.sheetNames()).toEqual(['Opportunities', 'Big plan', 'Reader']);
    expect(book.hf.getCellFormula({ sheet: book.hf.getSheetId('Big plan')!, row: 2099, col: 2 })).toBe('=B2100+1');
    expect(total()).toBe(before);
    expect(kept.at(-1)).toBe('Opportunities,Big plan,Reader');
  });

  it('keeps the last sheet', () => {
    const book = new PreviewBook(createWorkbook([OPPORTUNITIES_SHEET]), [OPPORTUNITIES_SHEET]);
    book.deleteSheet('Opportunities');
    expect(book.sheetNames()).toEqual(['Opportunities']);
  });
});

describe('undoing a change on another sheet', () => {
  it('shows that sheet, with the change taken back, and Redo shows it again', () => {
    const book = new PreviewBook(createWorkbook([OPPORTUNITIES_SHEET, KPI_SHEET]), [OPPORTUNITIES_SHEET, KPI_SHEET]);
    book.show(0);
    book.editor.write('Opportunities', 0, 12, [['a note']], 'typing in M1');
    book.show(1);
    expect(book.active.name).toBe('KPIs');
    book.editor.history.undo();
    expect(book.active.name).toBe('Opportunities');
    expect(book.hf.getCellValue({ sheet: book.hf.getSheetId('Opportunities')!, row: 0, col: 12 })).toBeNull();
    book.show(1);
    book.editor.history.redo();
    expect(book.active.name).toBe('Opportunities');
  });
});

describe('the preview and a plan sheet’s inputs', () => {
  const plan = () => buildSalesPlan(defaultAnswers(2027));

  it('reads input cells as the engine holds them, blanks as null', async () => {
    const book = new PreviewBook(createWorkbook([OPPORTUNITIES_SHEET]), [OPPORTUNITIES_SHEET]);
    const host = new PreviewHost(book, storage);
    const [name] = (await host.renderPlan(plan())).sheetNames;
    const answers = defaultAnswers(2027);
    expect(await host.readCells(name, ['B5', 'B6', 'B15', 'A4'])).toEqual([answers.baseline, answers.growth, answers.owner, expect.any(String)]);
    expect(await host.readCells(name, ['Z200'])).toEqual([null]);
  });

  it('writes a scenario’s inputs as one undoable step, text as text, and the plan follows', async () => {
    const book = new PreviewBook(createWorkbook([OPPORTUNITIES_SHEET]), [OPPORTUNITIES_SHEET]);
    const host = new PreviewHost(book, storage);
    const [name] = (await host.renderPlan(plan())).sheetNames;
    const target = async () => (await host.readCells(name, ['B7']))[0] as number;
    const before = await target();
    await host.writeCells(name, ['B6', 'B15'], [0.5, '=1+1']);
    expect(await host.readCells(name, ['B6', 'B15'])).toEqual([0.5, '=1+1']);
    expect(await target()).toBeGreaterThan(before);
    book.editor.history.undo();
    expect(await target()).toBe(before);
  });

  it('names a sheet that is no longer there', async () => {
    const host = new PreviewHost(new PreviewBook(createWorkbook([OPPORTUNITIES_SHEET]), [OPPORTUNITIES_SHEET]), storage);
    await expect(host.readCells('Sales plan 2027', ['B5'])).rejects.toThrow('The sheet “Sales plan 2027” is no longer in the workbook.');
    await expect(host.writeCells('Sales plan 2027', ['B5'], [1])).rejects.toThrow('no longer in the workbook');
  });
});

describe('the preview reading a selection', () => {
  it('reads only its used part, as Excel and Sheets do: a blank column or row at its edge is left out, and it says what was selected', async () => {
    const book = new PreviewBook(createWorkbook([OPPORTUNITIES_SHEET]), [OPPORTUNITIES_SHEET]);
    const [width, height] = [actuals[0].length, actuals.length];
    // One column and two rows past the data, as a manager selecting by eye does.
    book.active.selectBlock({ top: 0, left: 0, bottom: height + 1, right: width });
    const read = await new PreviewHost(book, storage).readSelection();
    expect(read.address).toBe(`A1:${String.fromCharCode(64 + width)}${height}`);
    expect(read.trimmedFrom).toBe(`A1:${String.fromCharCode(65 + width)}${height + 2}`);
    expect(read.values).toEqual(actuals.map((row) => row.map((v) => (v === '' ? null : v))));
  });

  it('reads a selection of blank cells as no values', async () => {
    const book = new PreviewBook(createWorkbook([OPPORTUNITIES_SHEET]), [OPPORTUNITIES_SHEET]);
    book.active.selectBlock({ top: 500, left: 20, bottom: 502, right: 22 });
    await expect(new PreviewHost(book, storage).readSelection()).resolves.toEqual({ sheet: 'Opportunities', address: 'U501:W503', values: [] });
  });
});
