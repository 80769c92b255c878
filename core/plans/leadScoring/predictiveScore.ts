import { a1, rangeA1 } from '../../kit/sheet/a1';
import { SheetBuilder, absolute, fixedColumn } from '../../kit/sheet/sheetBuilder';
import { LeadScoringAnswers } from './leadScoringAnswers';
import { decimalInFormula, sayInFormula } from '../../kit/sheet/formulaText';
import { HAS_LEVEL, LACKS_LEVEL } from '../../functions/leads/applyModel';
import { positionIn } from '../../kit/sheet/exactMatch';

type Model = NonNullable<LeadScoringAnswers['model']>;

/** Where the model's cells are, for the lead rows' formulas. */
export interface ModelRefs {
  readonly count: number;
  /** The intercept plus each category's coefficient × share: the logit of the average lead. */
  readonly base: string;
  term(i: number): {
    readonly coefficient: string;
    readonly mean: string;
    readonly scale: string;
    readonly column: string;
    readonly level: string;
    readonly name: string;
  };
  /** The terms' fields, columns in the leads, categories (lower case) and categories as written, top to bottom. */
  readonly ranges: { readonly fields: string; readonly columns: string; readonly levels: string; readonly shown: string };
}

/**
 * The model as editable inputs: intercept and terms (as LEADMODEL spills them), with the workings
 * each lead's formulas read: the field a term reads, its column in the leads, its category.
 */
export function placeModel(sheet: SheetBuilder, model: Model, top: number, header: string): { refs: ModelRefs; end: number } {
  const { t } = sheet;
  sheet.section(top, t('Predictive score: {method}. Edit a coefficient and every probability follows.', { method: model.method }));
  sheet.header(top + 1, 0, [t('Term'), t('Coefficient'), t('Mean'), t('Scale'), null, t('Field'), t('Column #'), t('Category'), t('As written')]);
  sheet.text(top + 2, 0, '(intercept)');
  sheet.number(top + 2, 1, model.intercept);
  const first = top + 3;
  model.terms.forEach((term, i) => {
    const row = first + i;
    const name = absolute(row, 0);
    sheet.text(row, 0, term.name);
    sheet.number(row, 1, term.coefficient);
    sheet.number(row, 2, term.mean);
    sheet.number(row, 3, term.scale);
    sheet.formula(row, 5, `=IFERROR(LEFT(${name},FIND(" = ",${name})-1),${name})`);
    sheet.formula(row, 6, `=${positionIn(header, absolute(row, 5))}`);
    sheet.formula(row, 7, `=IFERROR(LOWER(TRIM(MID(${name},FIND(" = ",${name})+3,999))),"")`);
    sheet.formula(row, 8, `=IFERROR(TRIM(MID(${name},FIND(" = ",${name})+3,999)),"")`);
  });
  const last = first + Math.max(model.terms.length, 1) - 1;
  const column = (col: number) => `${absolute(first, col)}:${absolute(last, col)}`;
  sheet.formula(
    top + 2,
    9,
    model.terms.length > 0 ? `=${absolute(top + 2, 1)}+SUMPRODUCT(${column(1)},${column(2)},(${column(7)}<>"")*1)` : `=${absolute(top + 2, 1)}`,
  );
  sheet.text(top + 1, 9, t('Average lead (logit)'));
  sheet.style(rangeA1(top + 2, 1, last, 1), 'input');
  sheet.style(rangeA1(first, 5, last, 9), 'working');
  sheet.format(rangeA1(top + 2, 1, last, 3), 'decimal');
  const refs: ModelRefs = {
    count: model.terms.length,
    base: absolute(top + 2, 9),
    term: (i) => ({
      coefficient: absolute(first + i, 1),
      mean: absolute(first + i, 2),
      scale: absolute(first + i, 3),
      column: absolute(first + i, 6),
      level: absolute(first + i, 7),
      name: absolute(first + i, 0),
    }),
    ranges: { fields: column(5), columns: column(6), levels: column(7), shown: column(8) },
  };
  return { refs, end: last };
}

/**
 * The j-th term as the lead's top factor reads (core's factorTerm): a numeric term by its name; a
 * category by whether this lead has it, "Region is West" or "Region is not Central".
 */
function factorSaid(sheet: SheetBuilder, j: string, names: string, refs: ModelRefs, leadRow: string): string {
  const { fields, columns, levels, shown } = refs.ranges;
  const said = { field: `INDEX(${fields},${j})`, level: `INDEX(${shown},${j})` };
  const has = `LOWER(TRIM(INDEX(${leadRow},1,INDEX(${columns},${j}))&""))=INDEX(${levels},${j})`;
  return `IF(INDEX(${levels},${j})="",INDEX(${names},1,${j}),IF(${has},${sayInFormula(sheet.t(HAS_LEVEL), said)},${sayInFormula(sheet.t(LACKS_LEVEL), said)}))`;
}

/**
 * One lead's win probability and strongest factor, as LEADPROB and LEADFACTORS compute them: each
 * term's contribution coefficient × (value − mean) (a number per standardised unit, a category 1 or
 * 0 against its share), the probability 1 / (1 + e^−(average lead + Σ contributions)).
 */
export function placePrediction(
  sheet: SheetBuilder,
  row: number,
  at: { probability: number; factor: number; firstContribution: number; namesRow: number },
  refs: ModelRefs,
  leadRow: string,
): void {
  if (refs.count === 0) {
    sheet.formula(row, at.probability, `=1/(1+EXP(-${refs.base}))`);
    return;
  }
  for (let i = 0; i < refs.count; i += 1) {
    const t = refs.term(i);
    const x = `INDEX(${leadRow},1,${t.column})`;
    sheet.formula(
      row,
      at.firstContribution + i,
      `=IF(${t.column}=0,0,IF(${t.level}="",IF(ISNUMBER(${x}),${t.coefficient}*(${x}-${t.mean})/${t.scale},0),${t.coefficient}*((LOWER(TRIM(${x}&""))=${t.level})-${t.mean})))`,
    );
  }
  const r = `${fixedColumn(row, at.firstContribution)}:${fixedColumn(row, at.firstContribution + refs.count - 1)}`;
  const names = `${absolute(at.namesRow, at.firstContribution)}:${absolute(at.namesRow, at.firstContribution + refs.count - 1)}`;
  sheet.formula(row, at.probability, `=1/(1+EXP(-(${refs.base}+SUM(${r}))))`);
  // The strongest term, once: its number, negative when it pulls the lead down (ties: the first).
  const top = a1(row, at.firstContribution + refs.count);
  sheet.formula(row, at.firstContribution + refs.count, `=IF(MAX(${r})>=-MIN(${r}),MATCH(MAX(${r}),${r},0),-MATCH(MIN(${r}),${r},0))`);
  const pull = `INDEX(${r},1,ABS(${top}))`;
  sheet.formula(
    row,
    at.factor,
    `=${factorSaid(sheet, `ABS(${top})`, names, refs, leadRow)}&IF(${top}>0," (+"," (-")&${decimalInFormula(`ABS(${pull})`, 2)}&")"`,
  );
}
