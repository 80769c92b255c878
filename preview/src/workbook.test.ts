import { OPPORTUNITIES_SHEET, PreviewSheet } from './previewSheet';
import { createWorkbook, createWorkbookInSlices } from './workbook';

/** A kept sheet as the preview opens one: only its name and rows matter to the engine. */
const kept = (name: string, rows: PreviewSheet['rows']): PreviewSheet => ({ ...OPPORTUNITIES_SHEET, name, rows });

describe('a kept workbook opened again', () => {
  // A plan of 3,000 rows reading the Deals sheet, and a Summary sheet, before it, reading the plan.
  const plan = kept('Plan', [['Total', '=SUM(B2:B3001)'], ...Array.from({ length: 3000 }, (_, r) => [`=Deals!A${(r % 3) + 1}`, `=A${r + 2}*2`])]);
  // And 2,000 values, which the engine reads in no time: no veil for them.
  const archive = kept(
    'Archive',
    Array.from({ length: 2000 }, (_, r) => [r, 'closed']),
  );
  const sheets = [kept('Summary', [['=Plan!B1', '=Plan!B3001&" in the last row"']]), kept('Deals', [[10], [20], [30]]), plan, archive];

  it('holds the values it held when read whole, a sheet of many formulas opened a slice at a time behind its veil', async () => {
    const veils: { name: string; shares: number[]; closed: boolean }[] = [];
    const hf = await createWorkbookInSlices(
      sheets,
      (name) => {
        const veil = { name, shares: [] as number[], closed: false };
        veils.push(veil);
        return { share: (s) => veil.shares.push(s), calculating: () => undefined, close: () => (veil.closed = true) };
      },
      async () => undefined,
      1_000,
    );
    const whole = createWorkbook(sheets);
    expect(hf.getSheetNames()).toEqual(['Summary', 'Deals', 'Plan', 'Archive']);
    for (const name of hf.getSheetNames()) expect(hf.getSheetSerialized(hf.getSheetId(name)!)).toEqual(whole.getSheetSerialized(whole.getSheetId(name)!));
    for (const name of hf.getSheetNames()) expect(hf.getSheetValues(hf.getSheetId(name)!)).toEqual(whole.getSheetValues(whole.getSheetId(name)!));
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe(120_000);
    expect(veils.map(({ name, closed }) => [name, closed])).toEqual([['Plan', true]]);
    expect(veils[0].shares.length).toBeGreaterThan(5);
    expect(veils[0].shares.at(-1)).toBe(1);
  });

  it('takes its veil away when a slice fails', async () => {
    let closed = false;
    const failing = async () => {
      throw new Error('the page went away');
    };
    const opening = createWorkbookInSlices(
      sheets,
      () => ({ share: () => undefined, calculating: () => undefined, close: () => (closed = true) }),
      failing,
      1_000,
    );
    await expect(opening).rejects.toThrow('the page went away');
    expect(closed).toBe(true);
  });
});
