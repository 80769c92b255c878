/**
 * @jest-environment jsdom
 */
import { buildSalesEvaluation } from '../../core/salesEvaluation/buildSalesEvaluation';
import { CellValue } from '../../core/cells/values';
import { PreviewBook } from './previewBook';
import { PreviewHost } from './previewHost';
import { OPPORTUNITIES_SHEET } from './previewSheet';
import { createWorkbook } from './workbook';
import { AWKWARD_ANSWERS } from '../../tests/harness/awkwardNames';

// jsdom lays nothing out: no scrolling and no canvas to measure text with.
Element.prototype.scrollIntoView = () => undefined;
HTMLCanvasElement.prototype.getContext = (() => null) as never;

describe('the preview building a plan of two sheets', () => {
  const storage = { getItem: () => null, setItem: () => undefined } as unknown as Storage;
  const actuals = OPPORTUNITIES_SHEET.rows as CellValue[][];
  const answers = { ...AWKWARD_ANSWERS, actuals: { ...AWKWARD_ANSWERS.actuals, countedStatus: 'Won' }, children: [{ name: 'Kelly Williamson', targets: Array.from({ length: 12 }, () => 100) }] };

  it('adds both sheets', async () => {
    const book = new PreviewBook(createWorkbook([OPPORTUNITIES_SHEET]), [OPPORTUNITIES_SHEET]);
    const { sheetNames } = await new PreviewHost(book, storage).renderPlan(buildSalesEvaluation(answers, actuals[0].map(String)));
    expect(sheetNames).toEqual(['Evaluation', 'Dashboard']);
    expect(book.sheetNames()).toEqual(['Opportunities', 'Evaluation', 'Dashboard']);
  });

  it('leaves neither when the second fails, as Excel and Sheets do', async () => {
    const book = new PreviewBook(createWorkbook([OPPORTUNITIES_SHEET]), [OPPORTUNITIES_SHEET]);
    const add = book.addPlanSheet.bind(book);
    jest.spyOn(book, 'addPlanSheet').mockImplementation((sheet, name) => {
      if (name === 'Dashboard') throw new Error('the engine refused the sheet');
      add(sheet, name);
    });
    await expect(new PreviewHost(book, storage).renderPlan(buildSalesEvaluation(answers, actuals[0].map(String)))).rejects.toThrow('the engine refused the sheet');
    expect(book.sheetNames()).toEqual(['Opportunities']);
  });
});
