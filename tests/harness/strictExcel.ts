/**
 * A fake Excel workbook as strict as the documented host, for ExcelHost and the plan renderer. It
 * keeps cells, sheets and names, queues what the code asks and carries it out only at
 * `context.sync()`, and refuses what Excel refuses (each rule with its source):
 * - reading a property that was not loaded and synced throws PropertyNotLoaded (Office.js
 *   "Load properties": `OfficeExtension.ErrorCodes.propertyNotLoaded`);
 * - a request or a response over 5 MB, and a read of a range over 5,000,000 cells, fail
 *   ("Resource limits and performance optimization for Office Add-ins", Excel add-ins: "Excel on
 *   the web has a payload size limit for requests and responses of 5MB"; Office Scripts' platform
 *   limits: "A range is limited to five million cells"); sizes are measured in UTF-8 bytes of JSON;
 * - adding a sheet or a name that exists fails with ItemAlreadyExists, names compared without case
 *   (`Excel.ErrorCodes.itemAlreadyExists`; Excel's Name Manager: "names are not case-sensitive");
 * - a 2-D array written to a range must have the range's size (InvalidArgument);
 * - batches are not atomic: what was queued before a failing action stays done.
 */
import { a1 as cellA1, columnLetters, parseRangeA1 } from '../../core/kit/sheet';

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;
export const EXCEL_PAYLOAD_BYTES = 5 * 1024 * 1024;
export const EXCEL_READ_CELLS = 5_000_000;

/** An error as Office.js throws it: a code from Excel.ErrorCodes or OfficeExtension.ErrorCodes. */
export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Cell = { value: unknown; formula: string; format: string };
type Block = { top: number; left: number; rows: number; columns: number };

interface SheetModel {
  id: string;
  name: string;
  cells: Map<string, Cell>;
  /** Writes so far, so the used part found last can be reused until the next write. */
  writes: number;
  usedFound?: { key: string; block: Block | null };
}

export interface StrictExcelOptions {
  /**
   * Each sheet's cells by A1 address (`{ A1: 'Owner', B2: 120 }`), or as rows from A1 (`[['Owner'], ['Ana']]`,
   * null for a blank, quicker for a large sheet); a string starting with `=` is a formula.
   */
  readonly sheets?: Readonly<Record<string, Readonly<Record<string, unknown>> | readonly (readonly unknown[])[]>>;
  readonly names?: readonly string[];
  /** The selected range, as `Sheet!A:E`. */
  readonly selection?: string;
  readonly activeCell?: string;
  /** The sync (1-based) that fails, as a lost connection would. */
  readonly failOnSync?: number;
}

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value) ?? '');

/** `Sheet1!A:E`, `'My leads'!A1:C3`, `A1` (on the first sheet) as a sheet and a block of the grid. */
function parseAddress(address: string, defaultSheet: string): { sheet: string; block: Block } {
  const [, quoted, plain, local] = address.match(/^(?:'((?:[^']|'')+)'!|([^!']+)!)?(.+)$/) ?? [];
  const sheet = quoted?.replace(/''/g, "'") ?? plain ?? defaultSheet;
  const whole = local.match(/^\$?([A-Z]+):\$?([A-Z]+)$/i);
  if (whole) {
    const { left } = parseRangeA1(`${whole[1]}1`);
    const right = parseRangeA1(`${whole[2]}1`).left;
    return { sheet, block: { top: 0, left, rows: EXCEL_ROWS, columns: right - left + 1 } };
  }
  const r = parseRangeA1(local.replace(/\$/g, ''));
  return { sheet, block: { top: r.top, left: r.left, rows: r.bottom - r.top + 1, columns: r.right - r.left + 1 } };
}

const quoteSheet = (name: string) => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);
function blockA1(b: Block): string {
  if (b.rows === EXCEL_ROWS) return `${columnLetters(b.left)}:${columnLetters(b.left + b.columns - 1)}`;
  const start = cellA1(b.top, b.left);
  return b.rows === 1 && b.columns === 1 ? start : `${start}:${cellA1(b.top + b.rows - 1, b.left + b.columns - 1)}`;
}

/** The model behind the fake: what a workbook holds after each sync, and what each request carried. */
export function strictExcel(options: StrictExcelOptions = {}) {
  let nextId = 0;
  const sheets: SheetModel[] = [];
  const names = new Map<string, { name: string; ref: string }>();
  const log: string[] = [];
  const requests: number[] = [];
  const responses: number[] = [];
  let queue: { run: () => number; bytes: number }[] = [];
  let syncs = 0;

  const addSheetModel = (name: string, cells: Readonly<Record<string, unknown>> | readonly (readonly unknown[])[] = {}) => {
    const model: SheetModel = { id: `{id-${(nextId += 1)}}`, name, cells: new Map(), writes: 0 };
    const put = (top: number, left: number, raw: unknown) => {
      const formula = typeof raw === 'string' && raw.startsWith('=') ? raw : '';
      model.cells.set(`${top},${left}`, { value: formula ? 0 : raw, formula, format: 'General' });
    };
    if (Array.isArray(cells)) cells.forEach((row: readonly unknown[], top) => row.forEach((raw, left) => raw !== null && put(top, left, raw)));
    else for (const [address, raw] of Object.entries(cells)) put(parseRangeA1(address).top, parseRangeA1(address).left, raw);
    sheets.push(model);
    return model;
  };
  for (const [name, cells] of Object.entries(options.sheets ?? { Sheet1: {} })) addSheetModel(name, cells);
  for (const name of options.names ?? []) names.set(name.toLowerCase(), { name, ref: '' });
  const sheetNamed = (name: string) => sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());

  /** Queues an action done at the next sync; `payload` is what the request carries for it. */
  const enqueue = (payload: unknown, run: () => number | void) => queue.push({ bytes: bytes(payload) + 64, run: () => run() ?? 0 });

  /**
   * An object whose properties follow Office.js's load rules: `load` queues a read; after the
   * sync, the loaded properties can be read, any other throws PropertyNotLoaded.
   */
  function clientObject<T extends object>(what: string, readers: Record<string, () => unknown>, extra: T): T & { load: (p: string | string[]) => void } {
    const loaded = new Map<string, unknown>();
    const target = {
      ...extra,
      load(props: string | string[]) {
        // A collection's `items/name` loads its items (with that property).
        const list = (Array.isArray(props) ? props : props.split(',')).map((p) => p.trim().replace(/^items\/.*/, 'items'));
        enqueue({ load: list }, () => {
          // An *OrNullObject's isNullObject is known after any load; its other properties are then null.
          const isNull = readers.isNullObject?.() === true;
          if (readers.isNullObject) loaded.set('isNullObject', isNull);
          let size = 0;
          for (const p of list) {
            if (!readers[p]) throw new OfficeError('InvalidArgument', `${what} has no property ${p}`);
            const value = isNull ? null : readers[p]();
            loaded.set(p, value);
            size += bytes(value);
          }
          return size;
        });
      },
    };
    return new Proxy(target, {
      get(t, key, receiver) {
        if (typeof key === 'string' && key in readers) {
          if (!loaded.has(key))
            throw new OfficeError('PropertyNotLoaded', `The property '${key}' of ${what} is not available: load it and call context.sync() first.`);
          return loaded.get(key);
        }
        return Reflect.get(t, key, receiver);
      },
    }) as T & { load: (p: string | string[]) => void };
  }

  /** A recorder for formats, charts and rules: every property set is logged and carried in the request. */
  const recorder = (label: string): Record<string, unknown> =>
    new Proxy({} as Record<string, unknown>, {
      get: (t, key) => (typeof key === 'string' && !(key in t) && key !== 'then' ? (t[key] = recorder(`${label}.${key}`)) : t[key as string]),
      set: (t, key, value) => (enqueue(value, () => undefined), log.push(`${label}.${String(key)} ${JSON.stringify(value)}`), (t[key as string] = value), true),
    });

  const cellsOf = (model: SheetModel, b: Block, pick: (c: Cell | undefined) => unknown) => {
    if (b.rows * b.columns > EXCEL_READ_CELLS)
      throw new OfficeError('ResponsePayloadSizeLimitExceeded', `Reading ${b.rows * b.columns} cells: a range read is limited to 5,000,000 cells.`);
    return Array.from({ length: b.rows }, (_, r) => Array.from({ length: b.columns }, (_, c) => pick(model.cells.get(`${b.top + r},${b.left + c}`))));
  };
  // A reading of a used range asks for its block at every property and chunk: found once per write.
  const usedBlock = (model: SheetModel, within: Block, valuesOnly: boolean): Block | null => {
    const key = `${model.writes}|${within.top},${within.left},${within.rows},${within.columns}|${valuesOnly}`;
    if (model.usedFound?.key !== key) model.usedFound = { key, block: findUsedBlock(model, within, valuesOnly) };
    return model.usedFound.block;
  };
  const findUsedBlock = (model: SheetModel, within: Block, valuesOnly: boolean): Block | null => {
    let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
    for (const [key, cell] of model.cells) {
      if (valuesOnly && cell.formula === '' && (cell.value === '' || cell.value === null)) continue;
      const [r, c] = key.split(',').map(Number);
      if (r < within.top || r >= within.top + within.rows || c < within.left || c >= within.left + within.columns) continue;
      [top, left, bottom, right] = [Math.min(top, r), Math.min(left, c), Math.max(bottom, r), Math.max(right, c)];
    }
    return bottom < 0 ? null : { top, left, rows: bottom - top + 1, columns: right - left + 1 };
  };

  function range(sheetOf: () => SheetModel, blockOf: () => Block | null, what = 'Range'): Record<string, unknown> {
    const block = () => {
      const b = blockOf();
      if (!b) throw new OfficeError('InvalidReference', `${what} is a null object.`);
      return b;
    };
    const write = (key: 'formulas' | 'numberFormat' | 'values', grid: unknown[][]) => {
      const where = `${sheetOf().name}!R${blockOf()?.top}C${blockOf()?.left}:${grid.length}x${grid[0]?.length}`;
      log.push(`${key} ${where}`);
      enqueue(grid, () => {
        const b = block();
        if (grid.length !== b.rows || grid.some((row) => row.length !== b.columns))
          throw new OfficeError('InvalidArgument', `The ${key} array does not match the size of ${blockA1(b)}.`);
        grid.forEach((row, r) =>
          row.forEach((v, c) => {
            const key2 = `${b.top + r},${b.left + c}`;
            const cell = sheetOf().cells.get(key2) ?? { value: '', formula: '', format: 'General' };
            if (key === 'numberFormat') cell.format = String(v);
            else if (typeof v === 'string' && v.startsWith('=')) Object.assign(cell, { formula: v, value: 0 });
            else Object.assign(cell, { formula: '', value: typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v });
            sheetOf().cells.set(key2, cell);
          }),
        );
        sheetOf().writes += 1;
      });
    };
    const self: Record<string, unknown> = clientObject(
      what,
      {
        address: () => `${quoteSheet(sheetOf().name)}!${blockA1(block())}`,
        values: () => cellsOf(sheetOf(), block(), (c) => c?.value ?? ''),
        formulas: () => cellsOf(sheetOf(), block(), (c) => c?.formula || (c?.value ?? '')),
        rowCount: () => block().rows,
        columnCount: () => block().columns,
        cellCount: () => block().rows * block().columns,
        rowIndex: () => block().top,
        columnIndex: () => block().left,
        isNullObject: () => blockOf() === null,
      },
      {
        format: recorderWithWidth(() => `${sheetOf().name}!R${blockOf()?.top}C${blockOf()?.left}`),
        conditionalFormats: {
          add: (type: string) => (
            log.push(`highlight ${sheetOf().name}!${blockA1(block())} ${type}`),
            { cellValue: recorder('cellValue'), custom: recorder('custom') }
          ),
        },
        dataValidation: new Proxy(
          {},
          { set: (_t, key, value) => (log.push(`validation ${sheetOf().name}!${blockA1(block())} ${String(key)}`), enqueue(value, () => undefined), true) },
        ),
        getUsedRangeOrNullObject: (valuesOnly = false) => range(sheetOf, () => usedBlock(sheetOf(), block(), valuesOnly), 'Range (used part)'),
        getIntersectionOrNullObject: (other: string) =>
          range(sheetOf, () => intersect(block(), parseAddress(other, sheetOf().name).block), 'Range (intersection)'),
        get worksheet() {
          return worksheet(sheetOf());
        },
      },
    );
    return new Proxy(self, {
      set(t, key, value) {
        if (key === 'formulas' || key === 'numberFormat' || key === 'values') write(key, value as unknown[][]);
        else Reflect.set(t, key, value);
        return true;
      },
    });
  }
  const recorderWithWidth = (where: () => string) => {
    const format = recorder('format');
    return new Proxy(format, {
      set: (t, key, value) => (
        key === 'columnWidth' ? (log.push(`width ${where()} ${value}`), enqueue(value, () => undefined)) : Reflect.set(t, key, value),
        true
      ),
    });
  };
  const intersect = (a: Block, b: Block): Block | null => {
    const top = Math.max(a.top, b.top);
    const left = Math.max(a.left, b.left);
    const bottom = Math.min(a.top + a.rows, b.top + b.rows);
    const right = Math.min(a.left + a.columns, b.left + b.columns);
    return bottom > top && right > left ? { top, left, rows: bottom - top, columns: right - left } : null;
  };

  function charts(model: SheetModel) {
    return {
      add: (type: string, source: unknown, seriesBy: string) => {
        log.push(`chart on ${model.name}`, `chart type ${type}`);
        enqueue({ type, seriesBy }, () => undefined);
        const series = (i: number) =>
          new Proxy(
            {
              setXAxisValues: () => (log.push('chart categories'), enqueue({}, () => undefined)),
              format: {
                fill: { setSolidColor: (c: string) => log.push(`series ${i} fill ${c}`) },
                line: new Proxy({}, { set: (_t, k, v) => (log.push(`series ${i} line ${String(k)} ${v}`), true) }),
              },
            } as Record<string, unknown>,
            { set: (t, k, v) => (log.push(`series ${i} ${String(k)} ${v}`), (t[k as string] = v), true) },
          );
        return {
          title: recorder('chart.title'),
          series: { getItemAt: series },
          axes: { valueAxis: new Proxy({}, { set: (_t, k, v) => (log.push(`value axis ${String(k)} ${v}`), true) }) },
          setPosition: (a: string) => log.push(`chart at ${a}`),
        };
      },
    };
  }

  function worksheet(model: SheetModel) {
    return clientObject(
      `Worksheet ${model.name}`,
      { name: () => model.name, id: () => model.id },
      {
        getRange: (address: string) =>
          range(
            () => model,
            () => parseAddress(address, model.name).block,
          ),
        getRangeByIndexes: (top: number, left: number, rows: number, columns: number) =>
          range(
            () => model,
            () => ({ top, left, rows, columns }),
          ),
        getUsedRangeOrNullObject: (valuesOnly = false) =>
          range(
            () => model,
            () => usedBlock(model, { top: 0, left: 0, rows: EXCEL_ROWS, columns: EXCEL_COLUMNS }, valuesOnly),
          ),
        freezePanes: { freezeColumns: (n: number) => log.push(`freeze columns ${n}`), freezeRows: (n: number) => log.push(`freeze rows ${n}`) },
        charts: charts(model),
        activate: () => log.push(`activate ${model.name}`),
      },
    );
  }

  const worksheets = clientObject(
    'WorksheetCollection',
    { items: () => sheets.map((s) => ({ name: s.name, id: s.id })) },
    {
      add(name: string) {
        log.push(`add sheet ${name}`);
        const model: SheetModel = { id: `{id-${(nextId += 1)}}`, name, cells: new Map(), writes: 0 };
        enqueue({ add: name }, () => {
          if (name.length > 31 || /[\\/?*[\]:]/.test(name) || name.toLowerCase() === 'history')
            throw new OfficeError('InvalidArgument', `"${name}" is not a valid sheet name.`);
          if (sheetNamed(name)) throw new OfficeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
          sheets.push(model);
        });
        return worksheet(model);
      },
      /** Office.js: a sheet that is not there fails the next sync with ItemNotFound (Worksheet collection, getItem). */
      getItem(name: string) {
        const model = sheetNamed(name);
        if (model) return worksheet(model);
        enqueue({ getItem: name }, () => {
          throw new OfficeError('ItemNotFound', `The requested resource "${name}" doesn't exist.`);
        });
        return worksheet({ id: '{missing}', name, cells: new Map(), writes: 0 });
      },
      getItemOrNullObject(key: string) {
        return {
          delete: () => (
            log.push(`delete sheet ${key}`),
            enqueue(
              { delete: key },
              () =>
                void sheets.splice(sheets.findIndex((s) => s.id === key || s.name === key) >>> 0, sheets.some((s) => s.id === key || s.name === key) ? 1 : 0),
            )
          ),
        };
      },
    },
  );

  const nameCollection = clientObject(
    'NamedItemCollection',
    { items: () => [...names.values()].map(({ name }) => ({ name })) },
    {
      add(name: string, reference: { address?: unknown }) {
        log.push(`name ${name}`);
        enqueue({ name }, () => {
          if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || name.length > 255) throw new OfficeError('InvalidArgument', `"${name}" is not a valid name.`);
          if (names.has(name.toLowerCase())) throw new OfficeError('ItemAlreadyExists', `The name "${name}" already exists.`);
          names.set(name.toLowerCase(), { name, ref: String(reference ? 'range' : '') });
        });
      },
      getItemOrNullObject(name: string) {
        return { delete: () => (log.push(`delete name ${name}`), enqueue({ delete: name }, () => void names.delete(name.toLowerCase()))) };
      },
    },
  );

  const selected = () => parseAddress(options.selection ?? 'Sheet1!A1', sheets[0].name);
  const context = {
    workbook: {
      worksheets,
      names: nameCollection,
      getSelectedRange: () =>
        range(
          () => sheetNamed(selected().sheet)!,
          () => selected().block,
          'Range (selection)',
        ),
      getActiveCell: () =>
        range(
          () => sheetNamed(parseAddress(options.activeCell ?? 'Sheet1!A1', sheets[0].name).sheet)!,
          () => parseAddress(options.activeCell ?? 'Sheet1!A1', sheets[0].name).block,
          'Range (active cell)',
        ),
    },
    async sync() {
      syncs += 1;
      const actions = queue;
      queue = [];
      const request = actions.reduce((sum, a) => sum + a.bytes, 0);
      requests.push(request);
      if (options.failOnSync === syncs) throw new OfficeError('GeneralException', 'The connection to Excel was lost.');
      if (request > EXCEL_PAYLOAD_BYTES)
        throw new OfficeError('RequestPayloadSizeLimitExceeded', `The request is ${request} bytes: Excel on the web refuses a request over 5 MB.`);
      let response = 0;
      for (const action of actions) response += action.run();
      responses.push(response);
      if (response > EXCEL_PAYLOAD_BYTES)
        throw new OfficeError('ResponsePayloadSizeLimitExceeded', `The response is ${response} bytes: Excel on the web refuses a response over 5 MB.`);
    },
  };

  const Excel = {
    run: async (callback: (c: typeof context) => Promise<unknown>) => callback(context),
    ChartType: {
      columnClustered: 'ColumnClustered',
      columnStacked: 'ColumnStacked',
      line: 'Line',
      barClustered: 'BarClustered',
      barStacked: 'BarStacked',
      pie: 'Pie',
    },
    ChartSeriesBy: { rows: 'Rows', columns: 'Columns' },
    ConditionalFormatType: { cellValue: 'CellValue', custom: 'Custom' },
    ConditionalCellValueOperator: { lessThan: 'LessThan', greaterThan: 'GreaterThan', equalTo: 'EqualTo' },
    DataValidationOperator: { between: 'Between', greaterThanOrEqualTo: 'GreaterThanOrEqualTo', lessThanOrEqualTo: 'LessThanOrEqualTo' },
    DataValidationAlertStyle: { stop: 'Stop' },
  };
  (globalThis as Record<string, unknown>).Excel = Excel;

  return {
    log,
    requests,
    responses,
    syncs: () => syncs,
    sheetNames: () => sheets.map((s) => s.name),
    names: () => [...names.values()].map((n) => n.name),
    /** A cell as the workbook holds it now: its formula, or its value. */
    cell: (sheet: string, address: string) => {
      const { top, left } = parseRangeA1(address);
      const c = sheetNamed(sheet)?.cells.get(`${top},${left}`);
      return c?.formula || c?.value;
    },
    /** A cell's number format as the workbook holds it now. */
    format: (sheet: string, address: string) => {
      const { top, left } = parseRangeA1(address);
      return sheetNamed(sheet)?.cells.get(`${top},${left}`)?.format;
    },
  };
}
