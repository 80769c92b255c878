/**
 * The Apps Script server bundle. Webpack exposes this module as the global `SalesPlanner`; the
 * top-level functions that Sheets and google.script.run see are appended after it
 * (functions.generated.js for the custom functions, entryPoints.js for the rest).
 */
import { CATALOGUE, FunctionResult, invokeFunction } from '../../core';
import { toSheetsResult } from './sheetsResult';
import { withSpreadsheetDates } from './spreadsheetDates';

export { onOpen, onInstall, showSidebar } from './menu';
export { serverApi } from './serverHost';

type SheetsFunction = (...args: unknown[]) => ReturnType<typeof toSheetsResult>;

/** Every catalogue function as Sheets calls it: raw arguments in (dates read in the spreadsheet's zone), a value or a thrown error out. */
export const customFunctions: Readonly<Record<string, SheetsFunction>> = Object.fromEntries(
  CATALOGUE.map((fn) => [fn.name, (...args: unknown[]) => toSheetsResult(invokeFunction(fn, withSpreadsheetDates(args)) as FunctionResult)]),
);
