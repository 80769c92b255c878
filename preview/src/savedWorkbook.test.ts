/**
 * @jest-environment jsdom
 */
import { buildSalesPlan, defaultAnswers } from '../../core/plans/salesPlan';
import { CellFormats } from './grid/cellFormats';
import { PreviewBook, previewSheetOfPlan } from './previewBook';
import { HISTORY_SHEET, OPPORTUNITIES_SHEET } from './previewSheet';
import { openWorkbook, saveWorkbook } from './savedWorkbook';
import { memoryStore } from './workbookStore';
import { createWorkbook } from './workbook';

const samples = [OPPORTUNITIES_SHEET, HISTORY_SHEET];

// jsdom lays nothing out: no scrolling and no canvas to measure text with.
Element.prototype.scrollIntoView = () => undefined;
HTMLCanvasElement.prototype.getContext = (() => null) as never;

describe('the workbook kept in the browser', () => {
  it('opens the samples when nothing is saved', async () => {
    const opened = await openWorkbook(memoryStore(), samples);
    expect(opened.sheets.map((s) => s.name)).toEqual(['Opportunities', 'Revenue history']);
    expect(opened.problem).toBeUndefined();
  });

  it('comes back with the edits, the plans built and the formats chosen', async () => {
    const storage = memoryStore();
    const book = new PreviewBook(createWorkbook(samples), samples);
    book.active.setContent({ row: 1, col: 10 }, "'007");
    await book.addPlanSheet(buildSalesPlan(defaultAnswers(2027)).sheets[0], 'Sales plan 2027');
    book.formats.set('Opportunities', { top: 1, left: 6, bottom: 1, right: 6 }, 'percent');
    await expect(saveWorkbook(book, storage)).resolves.toBeUndefined();

    const opened = await openWorkbook(storage, samples);
    expect(opened.sheets.map((s) => s.name)).toEqual(['Opportunities', 'Revenue history', 'Sales plan 2027']);
    const hf = createWorkbook(opened.sheets);
    expect(hf.getCellValue({ sheet: 0, row: 1, col: 10 })).toBe('007');
    expect(hf.getCellFormula({ sheet: 2, row: 6, col: 1 })).toMatch(/^=ROUND/);
    expect(opened.sheets[2].plan?.names.map((n) => n.name)).toContain('Target');
    expect(opened.formats.get('Opportunities', 1, 6)).toBe('percent');
  });

  it("saves a plan's formulas once (in the sheet's content), keeping its looks and its size", async () => {
    const storage = memoryStore();
    const book = new PreviewBook(createWorkbook(samples), samples);
    const plan = buildSalesPlan(defaultAnswers(2027)).sheets[0];
    await book.addPlanSheet(plan, 'Sales plan 2027');
    await saveWorkbook(book, storage);
    const text = storage.text()!;
    const formula = (plan.cells[6][1] as { formula: string }).formula;
    expect(text.split(JSON.stringify(formula).slice(1, -1)).length - 1).toBe(1);
    const reopened = (await openWorkbook(storage, samples)).sheets[2];
    expect(reopened.size).toEqual(previewSheetOfPlan(plan, 'Sales plan 2027').size);
    expect(reopened.formatAt(6, 1)).toBe(previewSheetOfPlan(plan, 'Sales plan 2027').formatAt(6, 1));
  });

  it('opens the samples, and says so, when what is saved cannot be read (and leaves it alone)', async () => {
    const storage = memoryStore(JSON.stringify({ version: 1, sheets: [{ name: 'Opportunities', content: [[{ formula: '=HYPERLINK("x")' }]] }], formats: {} }));
    const opened = await openWorkbook(storage, samples);
    expect(opened.problem).toBe('The workbook saved in this browser could not be read, so the sample opened instead.');
    expect(opened.sheets).toHaveLength(2);
    expect(storage.text()).toBeDefined();
  });

  it('refuses a saved plan whose number cell holds a formula', async () => {
    const plan = buildSalesPlan(defaultAnswers(2027)).sheets[0];
    const tampered = { ...plan, cells: plan.cells.map((row, r) => (r === 4 ? row.map((c, i) => (i === 1 ? { number: '=HYPERLINK("x")' } : c)) : row)) };
    const storage = memoryStore(JSON.stringify({ version: 1, sheets: [{ name: 'Plan', plan: tampered, content: [[1]] }], formats: {} }));
    expect((await openWorkbook(storage, samples)).problem).toBeDefined();
  });

  it('says when the browser has no room left, rather than losing edits silently', async () => {
    const book = new PreviewBook(createWorkbook(samples), samples);
    const full = {
      write: async () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    await expect(saveWorkbook(book, full)).resolves.toMatch(/no room left to keep your edits: download the workbook/);
  });

  it('keeps only known formats for cell addresses', () => {
    const formats = CellFormats.fromJSON({ Deals: { '1:2': 'percent', '3:4': 'comic-sans', x: 'money' } });
    expect(formats.toJSON()).toEqual({ Deals: { '1:2': 'percent' } });
  });
});
