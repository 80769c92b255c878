import { Selection, blockBetween, edgeOfData } from './selection';

const limits = { rows: 100, cols: 26 };
/** Column A filled in rows 0–4 and 10–12. */
const filled = ({ row, col }: { row: number; col: number }) => col === 0 && (row <= 4 || (row >= 10 && row <= 12));

describe('Ctrl+Arrow, as Excel moves', () => {
  it('goes to the end of a run of filled cells', () => {
    expect(edgeOfData({ row: 0, col: 0 }, { rows: 1, cols: 0 }, filled, limits)).toEqual({ row: 4, col: 0 });
  });

  it('jumps from the end of a run to the next filled cell', () => {
    expect(edgeOfData({ row: 4, col: 0 }, { rows: 1, cols: 0 }, filled, limits)).toEqual({ row: 10, col: 0 });
  });

  it("stops at the sheet's edge when nothing is filled that way", () => {
    expect(edgeOfData({ row: 12, col: 0 }, { rows: 1, cols: 0 }, filled, limits)).toEqual({ row: 99, col: 0 });
    expect(edgeOfData({ row: 0, col: 0 }, { rows: -1, cols: 0 }, filled, limits)).toEqual({ row: 0, col: 0 });
  });
});

describe('the selection', () => {
  it('extends from its anchor and collapses on a plain move', () => {
    const selection = new Selection({ row: 1, col: 1 }, () => limits);
    selection.select({ row: 3, col: 0 }, true);
    expect(selection.block).toEqual(blockBetween({ row: 1, col: 1 }, { row: 3, col: 0 }));
    selection.select({ row: 5, col: 5 });
    expect(selection.isBlock).toBe(false);
  });

  it('stays inside the sheet', () => {
    const selection = new Selection({ row: 0, col: 0 }, () => limits);
    selection.select({ row: -1, col: 40 });
    expect(selection.active).toEqual({ row: 0, col: 25 });
  });
});
