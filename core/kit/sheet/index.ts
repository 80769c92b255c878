/** core/kit/sheet: A plan as data, the sheet builder every wizard writes with, and the grids hosts render from. Code outside core imports this area through here. */
export * from './a1';
export * from './checkPlan';
export * from './exactMatch';
export * from './formulaText';
export * from './plan';
export * from './renamePlanSheets';
export * from './renderGrid';
export * from './sheetBuilder';
export * from './tableChecks';
export * from './userTable';
export * from './planReference';
