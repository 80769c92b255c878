/** What a key pressed on the grid asks for, as Excel and Google Sheets understand it. */
export type GridCommand =
  | { readonly kind: 'move' | 'extend' | 'jump' | 'jumpExtend'; readonly rows: number; readonly cols: number }
  | { readonly kind: 'page'; readonly rows: number; readonly extend: boolean }
  | { readonly kind: 'rowStart' | 'sheetStart' | 'sheetEnd'; readonly extend: boolean }
  | { readonly kind: 'edit' | 'clear' | 'undo' | 'redo' | 'selectAll' | 'collapse' | 'leave' | 'fillDown' | 'fillRight' }
  | { readonly kind: 'type'; readonly text: string };

const ARROWS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

type Keys = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>;

function arrowCommand(event: Keys): GridCommand | undefined {
  const arrow = ARROWS[event.key];
  if (!arrow) return undefined;
  const [rows, cols] = arrow;
  const ctrl = event.ctrlKey || event.metaKey;
  const kind = ctrl ? (event.shiftKey ? 'jumpExtend' : 'jump') : event.shiftKey ? 'extend' : 'move';
  return { kind, rows, cols };
}

function shortcut(event: Keys): GridCommand | undefined {
  const key = event.key.toLowerCase();
  if (key === 'z') return { kind: event.shiftKey ? 'redo' : 'undo' };
  if (key === 'y') return { kind: 'redo' };
  if (key === 'a') return { kind: 'selectAll' };
  if (key === 'd') return { kind: 'fillDown' };
  if (key === 'r') return { kind: 'fillRight' };
  if (event.key === 'Home') return { kind: 'sheetStart', extend: event.shiftKey };
  if (event.key === 'End') return { kind: 'sheetEnd', extend: event.shiftKey };
  return undefined;
}

/**
 * The command for a key pressed while the grid has the focus (not while the formula bar is being
 * edited), or undefined when the key is not the grid's (the browser keeps it: Ctrl+C, Ctrl+V).
 *
 * @example
 * gridCommand({ key: 'ArrowDown', shiftKey: true, ctrlKey: false, metaKey: false, altKey: false }, 20)
 * //=> { kind: 'extend', rows: 1, cols: 0 }
 */
export function gridCommand(event: Keys, pageRows: number): GridCommand | undefined {
  const ctrl = event.ctrlKey || event.metaKey;
  const arrow = arrowCommand(event);
  if (arrow) return arrow;
  if (ctrl) return shortcut(event);
  switch (event.key) {
    case 'Tab':
      return { kind: 'move', rows: 0, cols: event.shiftKey ? -1 : 1 };
    case 'Enter':
      return { kind: 'move', rows: event.shiftKey ? -1 : 1, cols: 0 };
    case 'Home':
      return { kind: 'rowStart', extend: event.shiftKey };
    case 'PageDown':
    case 'PageUp':
      return { kind: 'page', rows: event.key === 'PageDown' ? pageRows : -pageRows, extend: event.shiftKey };
    case 'F2':
      return { kind: 'edit' };
    case 'F6':
      return { kind: 'leave' };
    case 'Escape':
      return { kind: 'collapse' };
    case 'Delete':
    case 'Backspace':
      return { kind: 'clear' };
    default:
      return event.key.length === 1 && !event.altKey ? { kind: 'type', text: event.key } : undefined;
  }
}
