import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import { zoneOffset } from '../tests/harness/appsScript';

type Functions = Record<string, (...args: unknown[]) => unknown>;
let loaded: Functions | undefined;

/**
 * The built Apps Script bundle (dist/sheets/Code.js) as Apps Script runs it: a script in a realm of
 * its own (this bench process's), its functions globals, with the services a custom function reads
 * (the spreadsheet's time zone, Utilities.formatDate). Benches time the bundle here, not in a vm
 * context as the tests load it: a contextified sandbox sends the bundle's global lookups through
 * interceptors, which ran the same code 4–15× slower and overstated the Apps Script times.
 *
 * @example
 * const bundle = appsScriptInThisRealm();
 * bundle.WINRATE([['Won'], ['Lost']]) //=> 0.5
 */
export function appsScriptInThisRealm(timeZone = 'Etc/UTC'): Functions {
  if (loaded) return loaded;
  const spreadsheet = { getSpreadsheetTimeZone: () => timeZone };
  Object.assign(globalThis, {
    SpreadsheetApp: { getActiveSpreadsheet: () => spreadsheet },
    Utilities: {
      formatDate: (date: Date, zone: string, pattern: string) => {
        if (pattern !== 'Z') throw new Error(`formats only 'Z', not ${pattern}`);
        return zoneOffset(date.getTime(), zone);
      },
    },
    Logger: { log: () => undefined },
  });
  runInThisContext(readFileSync(join(__dirname, '../dist/sheets/Code.js'), 'utf8'), { filename: 'Code.js' });
  loaded = globalThis as unknown as Functions;
  return loaded;
}
