import { gridCommand } from './keys';

const key = (k: string, mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) =>
  gridCommand({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods }, 20);

describe("the grid's keys, as in Excel", () => {
  it('moves with Tab, Shift+Tab, Enter and Shift+Enter', () => {
    expect([key('Tab'), key('Tab', { shiftKey: true }), key('Enter'), key('Enter', { shiftKey: true })]).toEqual([
      { kind: 'move', rows: 0, cols: 1 },
      { kind: 'move', rows: 0, cols: -1 },
      { kind: 'move', rows: 1, cols: 0 },
      { kind: 'move', rows: -1, cols: 0 },
    ]);
  });

  it('extends with Shift+Arrow and jumps with Ctrl+Arrow (Cmd on a Mac)', () => {
    expect(key('ArrowDown', { shiftKey: true })).toEqual({ kind: 'extend', rows: 1, cols: 0 });
    expect(key('ArrowLeft', { metaKey: true })).toEqual({ kind: 'jump', rows: 0, cols: -1 });
    expect(key('ArrowDown', { ctrlKey: true, shiftKey: true })).toEqual({ kind: 'jumpExtend', rows: 1, cols: 0 });
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Y or Ctrl+Shift+Z', () => {
    expect([key('z', { ctrlKey: true }), key('y', { ctrlKey: true }), key('Z', { ctrlKey: true, shiftKey: true })].map((c) => c?.kind)).toEqual([
      'undo',
      'redo',
      'redo',
    ]);
  });

  it("leaves copy and paste to the browser's clipboard events", () => {
    expect([key('c', { ctrlKey: true }), key('v', { ctrlKey: true }), key('x', { ctrlKey: true })]).toEqual([undefined, undefined, undefined]);
  });

  it('starts typing on a printable key, clears on Delete, and leaves the grid with F6', () => {
    expect(key('7')).toEqual({ kind: 'type', text: '7' });
    expect(key('Delete')).toEqual({ kind: 'clear' });
    expect(key('F6')).toEqual({ kind: 'leave' });
    expect(key('PageDown')).toEqual({ kind: 'page', rows: 20, extend: false });
  });
});
